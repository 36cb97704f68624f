package budget.audit.model;

/**
 * What a figure measures (the measure dimension of a 决算 disclosure, where 预算数 and 决算数 stand side by side):
 * the budget as passed at the start of the year, the budget as adjusted, a budget of either kind, the final
 * account, last year's figure, or a change. {@link #UNKNOWN} when a column's header names none of them: such a
 * column is never checked as if it were another (fail closed).
 */
public enum Measure {
    BUDGET_INITIAL("年初预算数"),
    BUDGET_ADJUSTED("调整预算数"),
    BUDGET("预算数"),
    FINAL("决算数"),
    PRIOR_YEAR("上年数"),
    CHANGE("增减数"),
    UNKNOWN("列义不明");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    /** The Chinese name a report prints next to the figure. */
    public String label() {
        return label;
    }

    /** True for the budget measures (年初预算数, 调整预算数, 预算数). */
    public boolean budget() {
        return this == BUDGET_INITIAL || this == BUDGET_ADJUSTED || this == BUDGET;
    }
}
