package budget.audit.rules.impl;

import budget.audit.model.FactKeys;

import java.util.List;

/** CG001: 政府采购合计 = 货物 + 工程 + 服务. */
public final class Cg001ProcurementTotal extends DelegatingRule {

    public static final String ID = "CG001";

    public Cg001ProcurementTotal() {
        super(ID, new SumIdentity(FactKeys.PROCUREMENT_TOTAL, List.of(
                new Part.Single(FactKeys.PROCUREMENT_GOODS),
                new Part.Single(FactKeys.PROCUREMENT_WORKS),
                new Part.Single(FactKeys.PROCUREMENT_SERVICES))));
    }
}
