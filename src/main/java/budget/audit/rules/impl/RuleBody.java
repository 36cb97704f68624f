package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.RuleContext;

/** A reusable check (a sum identity, a presence requirement …) that reports under the id of the rule using it. */
interface RuleBody {

    void evaluate(String ruleId, BudgetFiling filing, RuleContext context);
}
