package budget.audit.rules.impl;

import budget.audit.model.FactKeys;

import java.util.List;

/** SG002: 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费. */
public final class Sg002VehicleTotal extends DelegatingRule {

    public static final String ID = "SG002";

    public Sg002VehicleTotal() {
        super(ID, new SumIdentity(FactKeys.SANGONG_VEHICLE, List.of(
                new Part.Single(FactKeys.SANGONG_VEHICLE_PURCHASE),
                new Part.Single(FactKeys.SANGONG_VEHICLE_OPERATION))));
    }
}
