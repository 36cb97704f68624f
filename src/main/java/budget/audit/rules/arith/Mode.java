package budget.audit.rules.arith;

/**
 * How a printed figure relates to the true value it stands for.
 * Set per run through the rule parameter {@value Consistency#MODE_PARAM}; no rule hard-codes a tolerance.
 */
public enum Mode {
    /** The figure was rounded half-up at its printed decimals: v stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (default). */
    ROUND_HALF,
    /** The figure was cut off at its printed decimals: v ≥ 0 stands for [v, v + 10⁻ᵈ], v &lt; 0 for [v − 10⁻ᵈ, v]. */
    TRUNCATION
}
