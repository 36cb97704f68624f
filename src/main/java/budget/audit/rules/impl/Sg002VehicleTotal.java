package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** SG002: 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费. */
public final class Sg002VehicleTotal implements Rule {

    public static final String ID = "SG002";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.SANGONG_VEHICLE, List.of(
            new Part.Single(FactKeys.SANGONG_VEHICLE_PURCHASE),
            new Part.Single(FactKeys.SANGONG_VEHICLE_OPERATION)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
