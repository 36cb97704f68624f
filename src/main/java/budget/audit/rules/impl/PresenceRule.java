package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

/** A completeness rule met by wording in the prose: a named subclass gives its id and what must be present. */
abstract class PresenceRule implements Rule {

    private final String id;
    private final Presence presence;

    PresenceRule(String id, Presence presence) {
        this.id = id;
        this.presence = presence;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void evaluate(BudgetFiling filing, RuleContext context) {
        presence.evaluate(id, filing, context);
    }
}
