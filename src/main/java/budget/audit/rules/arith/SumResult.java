package budget.audit.rules.arith;

import budget.audit.model.Unit;
import budget.audit.rules.api.Outcome;

import java.math.BigDecimal;

/**
 * Result of checking a stated total against the sum of its parts.
 *
 * @param outcome    PASS (exact), ROUNDING (only the intervals overlap) or FAIL (disjoint)
 * @param computed   Σ parts, exact, in {@code unit}, printed without superfluous zeros (at least the total's decimals)
 * @param difference stated − computed, exact, in {@code unit}
 * @param unit       the total's unit
 */
public record SumResult(Outcome outcome, BigDecimal computed, BigDecimal difference, Unit unit) {
}
