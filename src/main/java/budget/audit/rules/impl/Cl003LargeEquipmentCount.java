package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.parse.prose.Paragraph;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CL003: the number of 单价（单位价值）100万元以上设备 the prose states equals the number a table of the filing
 * prints, when both exist — held (“截至…共有…”, a 国有资产占有使用 table) and to be bought (“安排购置…”, a 购置 /
 * 配置 table) kept apart. Counts are exact. A statement or a table row whose context (held or bought) is not clear
 * is not compared.
 */
public final class Cl003LargeEquipmentCount implements Rule {

    public static final String ID = "CL003";

    static final String ARG_KIND = "kind";
    static final String ARG_TABLE = "table";

    /** Held now, or to be bought in the budget year. */
    enum Kind {
        HELD("现有"), PURCHASE("拟购置");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** 单价100万元（含）以上设备, 单价在100万元以上的设备, 单位价值100万元及以上的专用设备 …; no capturing groups. */
    private static final String EQUIPMENT = "(?:单价|单位价值)在?100万元(?:（含）|\\(含\\)|及)?以上的?(?:大型|专用|通用)?设备"
            + "(?:（不含车辆）|\\(不含车辆\\))?";
    private static final Pattern PROSE = Pattern.compile(EQUIPMENT + "(?:共|共有|为|有)?(?<count>\\d+)(?:台|套|件)");
    private static final Pattern ROW = Pattern.compile("^" + EQUIPMENT + "([（(](台|套|件|台（套）|台/套)[)）])?(数量)?$");
    private static final Pattern COUNT_CELL = Pattern.compile("\\d{1,4}");
    private static final Pattern BUY = Pattern.compile("购置|新增|采购|配置");
    private static final Pattern HOLD = Pattern.compile("共有|现有|截至|截止|占有|拥有|实有");

    private record Stated(Kind kind, BigDecimal count, Provenance source, String text) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Map<Kind, Stated> prose = new EnumMap<>(Kind.class);
        for (Paragraph p : ProseScan.paragraphs(filing)) {
            String original = p.text();
            StringBuilder compact = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < original.length(); i++) {
                if (!Character.isWhitespace(original.charAt(i))) {
                    compact.append(original.charAt(i));
                    offsets.add(i);
                }
            }
            String text = compact.toString();
            Matcher m = PROSE.matcher(text);
            while (m.find()) {
                Kind kind = kindBefore(text, m.start());
                if (kind != null) {
                    prose.putIfAbsent(kind, new Stated(kind, new BigDecimal(m.group("count")),
                            p.provenance(filing.fileName(), offsets.get(m.start("count"))), m.group()));
                }
            }
        }
        Map<Kind, Stated> tables = new EnumMap<>(Kind.class);
        for (BudgetTable t : filing.tables()) {
            Kind kind = kindOfTable(t.title());
            if (t.empty() || kind == null) {
                continue;
            }
            for (TableRow r : t.rows()) {
                if (!ROW.matcher(r.name().replaceAll("\\s", "")).find()) {
                    continue;
                }
                CountCell count = count(r);
                if (count != null) {
                    Provenance cell = r.source().inTable(t.reference(), r.name(), "第" + count.column() + "列（数量）");
                    tables.putIfAbsent(kind, new Stated(kind, count.value(), cell, t.reference()));
                }
            }
        }
        int reported = 0;
        for (Kind kind : Kind.values()) {
            Stated s = prose.get(kind);
            Stated t = tables.get(kind);
            if (s == null || t == null) {
                continue;
            }
            BigDecimal difference = s.count().subtract(t.count());
            context.report(new Check(ID, difference.signum() == 0 ? Outcome.PASS : Outcome.FAIL,
                    kind.label + "单价100万元以上设备数量（说明文字与表格）", new Amount(s.count(), Unit.ITEM), t.count(),
                    difference, Unit.ITEM, ID, Checks.args(ARG_KIND, kind.label, ARG_TABLE, t.text()),
                    List.of(s.source(), t.source())));
            reported++;
        }
        if (reported == 0) {
            context.report(Checks.notApplicable(ID, "单价100万元以上设备数量",
                    "说明文字与表格同时列出的单价100万元以上设备数量", List.of()));
        }
    }

    /** A count read from a row: its value and its 1-based printed column (the row name is column 1). */
    record CountCell(BigDecimal value, int column) {
    }

    /**
     * The row's count: a 数量 column is not an amount column, so the count is taken from the row's printed cells —
     * the one cell that is a whole number of at most four digits (an amount has decimals or more digits). None, or
     * more than one such cell: null (not compared).
     */
    static CountCell count(TableRow row) {
        String text = row.source() == null ? null : row.source().text();
        if (text == null) {
            return null;
        }
        CountCell found = null;
        String[] cells = text.split("\t");
        for (int i = 1; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (COUNT_CELL.matcher(cell).matches()) {
                if (found != null) {
                    return null;
                }
                found = new CountCell(new BigDecimal(cell), i + 1);
            }
        }
        return found;
    }

    /** Held or to be bought: the last keyword before the figure in its sentence decides; null when none. */
    static Kind kindBefore(String text, int at) {
        int sentence = Math.max(text.lastIndexOf('。', at - 1), 0);
        String before = text.substring(sentence, at);
        int buy = lastMatch(BUY, before);
        int hold = lastMatch(HOLD, before);
        if (buy < 0 && hold < 0) {
            return null;
        }
        return buy > hold ? Kind.PURCHASE : Kind.HELD;
    }

    private static Kind kindOfTable(String title) {
        String t = title.replaceAll("\\s", "");
        boolean buy = BUY.matcher(t).find();
        boolean hold = Pattern.compile("占有|使用情况|存量|资产情况").matcher(t).find();
        if (buy == hold) {
            return null;
        }
        return buy ? Kind.PURCHASE : Kind.HELD;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
