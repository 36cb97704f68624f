package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

/**
 * JY002: 机关运行经费 ≤ 公用经费 (机关运行经费 is part of 基本支出 中的公用经费). When the prose states 机关运行经费 but not
 * 公用经费, the 公用经费 (日常公用经费) column of the 基本支出经济分类表 counts.
 */
public final class Jy002RunningCostWithinPublic implements Rule {

    public static final String ID = "JY002";

    private static final PairComparison COMPARISON =
            new PairComparison(FactKeys.JY_TOTAL, FactKeys.PUBLIC_EXPENSES, PairComparison.Relation.LESS_OR_EQUAL, true);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        COMPARISON.evaluate(ID, filing, context);
    }
}
