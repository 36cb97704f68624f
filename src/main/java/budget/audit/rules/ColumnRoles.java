package budget.audit.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the meaning bound to an amount column is one the audit knows. The table reader binds a printed header to
 * a role by meaning (合计, 基本支出, 一般公共预算 …) or, when it does not know it, keeps the header itself; this
 * tells the two apart (for the table gate and the coverage section), by the words a role is made of. Words that name no amount at all
 * (行次, 备注, 预算单位 …) mean the reader took a non-amount column for one.
 */
public final class ColumnRoles {

    /** Words of a known role: totals, expenditure kinds, funding sources, 三公 items, 采购 kinds, years, changes. */
    private static final List<String> KNOWN = List.of(
            "合计", "小计", "总计", "金额", "预算", "决算", "执行数",
            "基本支出", "项目支出", "人员", "公用", "工资福利", "商品和服务", "对个人和家庭",
            "一般公共", "政府性基金", "国有资本", "财政专户", "财政拨款", "事业收入", "事业单位经营", "上级补助",
            "附属单位", "其他收入", "其他资金", "单位资金", "结转", "结余", "上缴上级",
            "机关运行", "公务用车", "因公出国", "公务接待", "三公", "会议费", "培训费", "事业基金", "经营支出",
            "货物", "工程", "服务", "本年收入", "本年支出", "增减", "上年", "本年");

    /** Headers that hold no amount: a column read as an amount column by mistake. */
    private static final Pattern NOT_AN_AMOUNT =
            Pattern.compile(".*(行次|栏次|备注|编码|代码|单位名称|预算单位|绩效目标|指标|项目名称|科目名称|序号).*");

    private ColumnRoles() {
    }

    /** Indexes of the amount columns of a table whose bound role is not a known one. */
    public static java.util.List<Integer> unknownColumns(budget.audit.model.BudgetTable table) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!known(table.columns().get(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when the bound role is a known one. */
    public static boolean known(String role) {
        String r = role == null ? "" : role.replaceAll("\\s+", "");
        if (r.isEmpty() || NOT_AN_AMOUNT.matcher(r).matches()) {
            return false;
        }
        return KNOWN.stream().anyMatch(r::contains) || budget.audit.parse.table.HeaderVocabulary.isKnownRole(r);
    }
}
