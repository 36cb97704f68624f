package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** JY001: 机关运行经费 = Σ 明细. */
public final class Jy001RunningCostItems implements Rule {

    public static final String ID = "JY001";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.JY_TOTAL, List.of(
            new Part.Family(FactKeys.JY_ITEM, true)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
