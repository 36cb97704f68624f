package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

/** SR002: 收入合计 = 支出合计 (收支平衡); a gap is stated as 收入 − 支出. */
public final class Sr002IncomeEqualsExpenditure implements Rule {

    public static final String ID = "SR002";

    private static final PairComparison COMPARISON =
            new PairComparison(FactKeys.INCOME_TOTAL, FactKeys.EXPENDITURE_TOTAL, PairComparison.Relation.EQUAL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        COMPARISON.evaluate(ID, filing, context, Sr002IncomeEqualsExpenditure::incomparable);
    }

    /**
     * Table rows of different scope: 本年收入合计 leaves out 上年结转 that the 支出合计 spends; a 支出合计 read from a
     * 一般公共预算 or 财政拨款 table is a part of the department's spending.
     */
    static String incomparable(Fact income, Fact expenditure) {
        if (income.origin() != Fact.Origin.TABLE || expenditure.origin() != Fact.Origin.TABLE) {
            return null;
        }
        String incomeRow = nullToEmpty(income.source().row());
        String expenditureRow = nullToEmpty(expenditure.source().row());
        if (incomeRow.contains("本年") && !expenditureRow.contains("本年")) {
            return "与本年收入合计同口径的支出合计（表中支出合计含上年结转安排的支出）";
        }
        if (scoped(expenditure.source().table()) && !scoped(income.source().table())) {
            return "部门支出合计（表中支出合计取自财政拨款或一般公共预算表）";
        }
        return null;
    }

    private static boolean scoped(String table) {
        String t = nullToEmpty(table);
        return t.contains("一般公共预算") || t.contains("财政拨款");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
