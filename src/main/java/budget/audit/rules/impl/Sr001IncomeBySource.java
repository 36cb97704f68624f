package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** SR001: 收入合计 = Σ 收入来源 (including 上年结转结余). */
public final class Sr001IncomeBySource implements Rule {

    public static final String ID = "SR001";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.INCOME_TOTAL, List.of(
            new Part.Family(FactKeys.INCOME_SOURCE, true)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
