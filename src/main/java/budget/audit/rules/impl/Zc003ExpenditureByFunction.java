package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** ZC003: 支出合计 = Σ 功能分类（类）支出. */
public final class Zc003ExpenditureByFunction implements Rule {

    public static final String ID = "ZC003";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.EXPENDITURE_TOTAL, List.of(
            new Part.Family(FactKeys.FUNCTION_CLASS, true)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
