package budget.audit.rules.impl;

import budget.audit.model.FactKeys;

import java.util.List;

/** JY001: 机关运行经费 = Σ 明细. */
public final class Jy001RunningCostItems extends DelegatingRule {

    public static final String ID = "JY001";

    public Jy001RunningCostItems() {
        super(ID, new SumIdentity(FactKeys.JY_TOTAL, List.of(
                new Part.Family(FactKeys.JY_ITEM, true))));
    }
}
