package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;

/**
 * JY004: 机关运行经费 is stated but nowhere itemized. One check for the whole filing: the first statement of the
 * total (prose before tables) against items from any origin. FAIL means "not itemized" (an INFO by catalogue).
 */
public final class Jy004RunningCostItemized implements Rule {

    public static final String ID = "JY004";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        String name = FactKeys.chineseName(FactKeys.JY_TOTAL);
        Fact total = firstTotal(filing);
        if (total == null) {
            context.report(Checks.notApplicable(ID, name, name, List.of()));
            return;
        }
        boolean itemized = !filing.facts(FactKeys.JY_ITEM).isEmpty();
        Amount stated = total.readable() ? total.amount() : null;
        context.report(new Check(ID, itemized ? Outcome.PASS : Outcome.FAIL, Checks.subject(name, total),
                stated, null, null, stated == null ? null : stated.unit(), ID,
                Checks.args(Checks.ARG_ORIGIN, Checks.originLabel(total)),
                Checks.evidence(List.of(total))));
    }

    private static Fact firstTotal(BudgetFiling filing) {
        for (Fact.Origin origin : Fact.Origin.values()) {
            List<Fact> totals = filing.facts(FactKeys.JY_TOTAL, origin);
            if (!totals.isEmpty()) {
                return totals.get(0);
            }
        }
        return null;
    }
}
