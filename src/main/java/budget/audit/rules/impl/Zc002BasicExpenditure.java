package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import budget.audit.model.Fact;

import java.util.EnumSet;
import java.util.List;

/**
 * ZC002: 基本支出 = 人员经费 + 公用经费. When the prose splits the 一般公共预算基本支出 (a narrower scope than the
 * department's whole 基本支出) into 人员经费 and 公用经费, the prose check uses that figure as the total.
 */
public final class Zc002BasicExpenditure implements Rule {

    public static final String ID = "ZC002";

    private static final List<Part> PARTS = List.of(
            new Part.Single(FactKeys.PERSONNEL),
            new Part.Single(FactKeys.PUBLIC_EXPENSES));
    private static final SumIdentity IDENTITY = new SumIdentity(FactKeys.EXPENDITURE_BASIC, PARTS);
    private static final SumIdentity GENERAL_IDENTITY = new SumIdentity(FactKeys.GENERAL_BASIC, PARTS);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        if (filing.prose(FactKeys.GENERAL_BASIC).isPresent()) {
            GENERAL_IDENTITY.evaluate(ID, filing, context, EnumSet.of(Fact.Origin.PROSE));
            IDENTITY.evaluate(ID, filing, context, EnumSet.of(Fact.Origin.TABLE));
        } else {
            IDENTITY.evaluate(ID, filing, context);
        }
    }
}
