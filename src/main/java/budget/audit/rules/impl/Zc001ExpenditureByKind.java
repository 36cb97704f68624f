package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/** ZC001: 支出合计 = 基本支出 + 项目支出 (+ the other kinds the filing lists). */
public final class Zc001ExpenditureByKind implements Rule {

    public static final String ID = "ZC001";

    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.EXPENDITURE_TOTAL, List.of(
            new Part.Single(FactKeys.EXPENDITURE_BASIC),
            new Part.Single(FactKeys.EXPENDITURE_PROJECT),
            new Part.Family(FactKeys.EXPENDITURE_OTHER_KIND, false)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        IDENTITY.evaluate(ID, filing, context);
    }
}
