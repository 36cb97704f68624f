package budget.audit.rules.impl;

/** SG002: 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费. */
public final class Sg002VehicleTotal extends DelegatingRule {

    public static final String ID = "SG002";

    public Sg002VehicleTotal() {
        super(ID, new SumIdentity(Identities.VEHICLE));
    }
}
