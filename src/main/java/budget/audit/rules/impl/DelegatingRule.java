package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

/**
 * A rule that is one reusable check: a named subclass (one per catalogue id, e.g. {@link Jy001RunningCostItems})
 * gives its id and the check.
 */
abstract class DelegatingRule implements Rule {

    private final String id;
    private final RuleBody body;

    DelegatingRule(String id, RuleBody body) {
        this.id = id;
        this.body = body;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void evaluate(BudgetFiling filing, RuleContext context) {
        body.evaluate(id, filing, context);
    }
}
