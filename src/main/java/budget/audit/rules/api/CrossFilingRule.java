package budget.audit.rules.api;

import budget.audit.model.BudgetFiling;

import java.util.List;

/**
 * A rule comparing two filings of one department and year: the published 部门预算 and the 部门决算 (the 决算's
 * 年初预算数 are the budget as published). Whoever holds both filings (the batch) reads each one's
 * {@link CrossFigures} as it is audited and compares them when both are read; the rule knows nothing of batches.
 */
public interface CrossFilingRule {

    /** Check arguments every cross-filing check carries (the summary lists them). */
    String ARG_ITEM = "item";
    String ARG_MEASURE = "measure";
    String ARG_FINAL_FILE = "finalFile";
    String ARG_BUDGET_FILE = "budgetFile";
    String ARG_FINAL_AT = "finalAt";
    String ARG_BUDGET_AT = "budgetAt";
    String ARG_FINAL_VALUE = "finalValue";
    String ARG_BUDGET_VALUE = "budgetValue";
    /** Why a figure was not compared (NOT_APPLICABLE). */
    String ARG_MISSING = "missing";

    /** The fixed id; the catalogue holds its title, severity and documentation. */
    String id();

    /** The figures of a filing this rule compares (none for a filing of another kind). */
    CrossFigures figures(BudgetFiling filing);

    /**
     * The checks comparing a 预算's figures with a 决算's: one per 决算 figure, NOT_APPLICABLE (with the reason in
     * the "missing" argument) when a figure's meaning is not certain or the budget states no counterpart.
     */
    List<Check> compare(CrossFigures budget, CrossFigures finalAccounts);

    /** Both filings at once (a caller holding them both). */
    default List<Check> evaluate(BudgetFiling budget, BudgetFiling finalAccounts) {
        return compare(figures(budget), figures(finalAccounts));
    }
}
