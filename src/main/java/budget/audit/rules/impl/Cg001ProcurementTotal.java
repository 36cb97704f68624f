package budget.audit.rules.impl;

/** CG001: 政府采购合计 = 货物 + 工程 + 服务. */
public final class Cg001ProcurementTotal extends DelegatingRule {

    public static final String ID = "CG001";

    public Cg001ProcurementTotal() {
        super(ID, new SumIdentity(Identities.PROCUREMENT));
    }
}
