package budget.audit.parse.table;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Binds a printed column header to its canonical name by meaning (合计, 基本支出, 人员经费, 公用经费 ...). */
final class ColumnNames {

    static final String TOTAL = "合计";

    /** Keyword → canonical name, most specific first. */
    private static final List<Map.Entry<String, String>> SPECIFIC = List.of(
            Map.entry("机关运行", "机关运行经费"),
            Map.entry("购置及运行", "公务用车购置及运行费"),
            Map.entry("购置及运维", "公务用车购置及运行费"),
            Map.entry("购置费", "公务用车购置费"),
            Map.entry("运行维护费", "公务用车运行费"),
            Map.entry("运行费", "公务用车运行费"),
            Map.entry("因公出国", "因公出国（境）费"),
            Map.entry("公务接待", "公务接待费"),
            Map.entry("人员经费", "人员经费"),
            Map.entry("公用经费", "公用经费"),
            Map.entry("基本支出", "基本支出"),
            Map.entry("项目支出", "项目支出"),
            Map.entry("一般公共预算", "一般公共预算"),
            Map.entry("政府性基金", "政府性基金预算"),
            Map.entry("国有资本经营", "国有资本经营预算"),
            Map.entry("财政专户", "财政专户"),
            Map.entry("专户", "财政专户"),
            Map.entry("财政拨款", "财政拨款"),
            Map.entry("事业单位经营", "事业单位经营收入"),
            Map.entry("事业收入", "事业收入"),
            Map.entry("上级补助", "上级补助收入"),
            Map.entry("附属单位上缴", "附属单位上缴收入"),
            Map.entry("其他收入", "其他收入"),
            Map.entry("上年结转", "上年结转"),
            Map.entry("单位资金", "单位资金"));

    /** 政府采购 categories: only short labels ending with them ("货物", "政府采购服务"), not any text with 服务. */
    private static final Pattern PROCUREMENT = Pattern.compile("^.{0,4}(货物|工程|服务)(?:类)?$");

    private static final Pattern GENERIC_TOTAL =
            Pattern.compile("^(?:合计|小计|总计|金额|预算数|预算金额|本年预算|\\d{4}年(?:年初)?预算数?|预算支出总额|.*预算数|收入预算|支出预算)$");

    private ColumnNames() {
    }

    /** True for 合计/小计/总计/预算数 and the like: a total, whose meaning comes from an enclosing header. */
    static boolean isGenericTotal(String label) {
        return GENERIC_TOTAL.matcher(clean(label)).matches() && specific(label) == null;
    }

    /** The canonical name of a specific label, or null when it is generic or unknown. */
    static String specific(String label) {
        String l = clean(label);
        if (l.contains("三公")) {
            return null;
        }
        for (Map.Entry<String, String> e : SPECIFIC) {
            if (l.contains(e.getKey())) {
                return e.getValue();
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

    static String clean(String label) {
        return label.replaceAll("\\s+", "").replaceAll("[（(](?:万元|元|亿元)[）)]$", "");
    }
}
