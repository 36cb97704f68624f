package budget.audit.rules.api;

import budget.audit.model.BudgetFiling;
import budget.audit.model.DocumentKind;

/** A rule of the catalogue: stateless, turns a filing into checks reported to the context. */
public interface Rule {

    /** The fixed id (SG001 ...); the catalogue holds its title, severity and documentation. */
    String id();

    void evaluate(BudgetFiling filing, RuleContext context);

    /**
     * The kind of document the rule is written for: a 预算 rule never runs on a 决算 filing and a 决算 rule never
     * on a 预算 one (their figures mean different things: 预算数 against 决算数).
     */
    default DocumentKind appliesTo() {
        return DocumentKind.BUDGET;
    }
}
