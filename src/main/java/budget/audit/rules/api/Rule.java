package budget.audit.rules.api;

import budget.audit.model.BudgetFiling;

/** A rule of the catalogue: stateless, turns a filing into checks reported to the context. */
public interface Rule {

    /** The fixed id (SG001 ...); the catalogue holds its title, severity and documentation. */
    String id();

    void evaluate(BudgetFiling filing, RuleContext context);
}
