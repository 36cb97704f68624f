package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

/** JX001: the amount covered by 绩效目标 does not exceed 项目支出 (stating both). */
public final class Jx001PerformanceWithinProjects implements Rule {

    public static final String ID = "JX001";

    private static final PairComparison COMPARISON = new PairComparison(FactKeys.PERFORMANCE_AMOUNT,
            FactKeys.EXPENDITURE_PROJECT, PairComparison.Relation.LESS_OR_EQUAL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        COMPARISON.evaluate(ID, filing, context);
    }
}
