package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** ZC002: 基本支出 = 人员经费 + 公用经费. */
public final class Zc002BasicExpenditure implements Rule {

    public static final String ID = "ZC002";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.EXPENDITURE_BASIC, List.of(
            new Part.Single(FactKeys.PERSONNEL),
            new Part.Single(FactKeys.PUBLIC_EXPENSES)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
