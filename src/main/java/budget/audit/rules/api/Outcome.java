package budget.audit.rules.api;

/**
 * Result of one check. Ordered from least to most serious, so that a rule's overall outcome is the worst of
 * its checks ({@link #worse(Outcome)}).
 */
public enum Outcome {
    /** The filing does not state the quantities the check needs. */
    NOT_APPLICABLE("不适用"),
    /** Exactly consistent. */
    PASS("通过"),
    /** Consistent only within the rounding intervals (尾差). Never an error. */
    ROUNDING("尾差"),
    /** A figure equals the precise value cut off, not rounded, at its printed decimals. */
    TRUNCATION("截断"),
    /** The quantities are stated but unreadable or ambiguous. */
    INSUFFICIENT_DATA("数据不足"),
    /** Inconsistent beyond rounding, or the condition does not hold. */
    FAIL("不通过"),
    /** The rule itself failed (threw): nothing was checked, and this is the tool's defect, not the filing's. */
    INTERNAL_ERROR("内部错误");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Outcome worse(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * Whether this outcome produces a finding in the main list (FAIL; TRUNCATION as INFO; INTERNAL_ERROR, so that
     * a rule that could not run is never silent).
     */
    public boolean isFinding() {
        return this == FAIL || this == TRUNCATION || this == INTERNAL_ERROR;
    }
}
