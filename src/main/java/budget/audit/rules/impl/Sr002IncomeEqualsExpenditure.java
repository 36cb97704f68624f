package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
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
        COMPARISON.evaluate(ID, filing, context);
    }
}
