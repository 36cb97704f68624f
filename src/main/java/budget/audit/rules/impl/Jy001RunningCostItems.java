package budget.audit.rules.impl;

/** JY001: 机关运行经费 = Σ 明细. */
public final class Jy001RunningCostItems extends DelegatingRule {

    public static final String ID = "JY001";

    public Jy001RunningCostItems() {
        super(ID, new SumIdentity(Identities.RUNNING_COST));
    }
}
