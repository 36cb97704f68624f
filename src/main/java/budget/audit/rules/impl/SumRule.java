package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

/** A rule that is one "total = Σ parts" identity: a named subclass gives its id and the identity. */
abstract class SumRule implements Rule {

    private final String id;
    private final SumIdentity identity;

    SumRule(String id, SumIdentity identity) {
        this.id = id;
        this.identity = identity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void evaluate(BudgetFiling filing, RuleContext context) {
        identity.evaluate(id, filing, context);
    }
}
