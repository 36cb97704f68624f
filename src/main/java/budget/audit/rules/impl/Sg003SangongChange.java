package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.identity.Identity;

import java.util.List;

/**
 * SG003: the stated change of the “三公”经费 total equals the sum of the stated changes of its parts, and each
 * change equals this year − last year where last year's figure is stated.
 */
public final class Sg003SangongChange implements Rule {

    public static final String ID = "SG003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<Identity> identities = Identities.LEVELS.subList(0, 2).stream().map(Identity::changes).toList();
        int n = ChangeChecks.sums(ID, filing, context, identities);
        n += ChangeChecks.previous(ID, filing, context, key -> key.startsWith("sangong."));
        if (n == 0) {
            context.report(Checks.notApplicable(ID, "“三公”经费比上年增减",
                    FactKeys.chineseName(FactKeys.change(FactKeys.SANGONG_TOTAL)) + "及各分项的增减", List.of()));
        }
    }
}
