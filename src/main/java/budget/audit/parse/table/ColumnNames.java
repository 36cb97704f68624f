package budget.audit.parse.table;

import java.util.regex.Pattern;

/**
 * Binds a printed column header to its canonical name by meaning (合计, 基本支出, 人员经费, 公用经费 ...); the
 * vocabulary comes from the {@link LayoutProfiles layout profiles}.
 */
final class ColumnNames {

    static final String TOTAL = "合计";

    /** 政府采购 categories: only short labels ending with them ("货物", "政府采购服务"), not any text with 服务. */
    private static final Pattern PROCUREMENT = Pattern.compile("^.{0,4}(货物|工程|服务)(?:类)?$");

    private ColumnNames() {
    }

    /** True for 合计/小计/总计/预算数 and the like: a total, whose meaning comes from an enclosing header. */
    static boolean isGenericTotal(String label) {
        return LayoutProfiles.vocabulary().totals().matcher(clean(label)).matches() && specific(label) == null;
    }

    /** The canonical name of a specific label, or null when it is generic or unknown. */
    static String specific(String label) {
        String l = clean(label);
        if (l.contains("三公")) {
            return null;
        }
        for (LayoutProfiles.ColumnSynonym e : LayoutProfiles.vocabulary().columns()) {
            if (l.contains(e.keyword())) {
                return e.name();
            }
        }
        var m = PROCUREMENT.matcher(l);
        return m.matches() ? m.group(1) : null;
    }

    /** Canonical name of a label standing alone: specific name, 合计 for totals, else the label itself. */
    static String canonical(String label) {
        String s = specific(label);
        if (s != null) {
            return s;
        }
        String l = clean(label);
        return isGenericTotal(l) || l.contains("三公") || l.isEmpty() ? TOTAL : l;
    }

    /** True for the header of a column holding text, not amounts (预算单位, 单位名称 …). */
    static boolean isTextColumn(String label) {
        String l = clean(label);
        return LayoutProfiles.vocabulary().textColumns().stream().anyMatch(l::contains);
    }

    /** True for a cell of a column-number row: 栏次, **, 甲, or a column number ("1", "3=1+2"). */
    static boolean isColumnNumberMark(String cell) {
        String c = clean(cell);
        return LayoutProfiles.vocabulary().columnNumberMarks().contains(c) || c.matches("\\d{1,2}(?:[=＝][\\d+＋\\-、,，]+)?");
    }

    static String clean(String label) {
        return label.replaceAll("\\s+", "").replaceAll("[（(](?:万元|元|亿元)[）)]$", "");
    }
}
