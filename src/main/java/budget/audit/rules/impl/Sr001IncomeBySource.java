package budget.audit.rules.impl;

import budget.audit.model.FactKeys;

import java.util.List;

/** SR001: 收入合计 = Σ 收入来源 (including 上年结转结余). */
public final class Sr001IncomeBySource extends DelegatingRule {

    public static final String ID = "SR001";

    public Sr001IncomeBySource() {
        super(ID, new SumIdentity(FactKeys.INCOME_TOTAL, List.of(
                new Part.Family(FactKeys.INCOME_SOURCE, true))));
    }
}
