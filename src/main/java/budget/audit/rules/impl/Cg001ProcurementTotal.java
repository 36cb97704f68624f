package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** CG001: 政府采购合计 = 货物 + 工程 + 服务. */
public final class Cg001ProcurementTotal implements Rule {

    public static final String ID = "CG001";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.PROCUREMENT_TOTAL, List.of(
            new Part.Single(FactKeys.PROCUREMENT_GOODS),
            new Part.Single(FactKeys.PROCUREMENT_WORKS),
            new Part.Single(FactKeys.PROCUREMENT_SERVICES)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
