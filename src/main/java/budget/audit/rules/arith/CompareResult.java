package budget.audit.rules.arith;

import budget.audit.model.Unit;
import budget.audit.rules.api.Outcome;

import java.math.BigDecimal;

/**
 * Result of comparing a figure {@code a} with a figure {@code b}.
 *
 * @param outcome    PASS, ROUNDING, TRUNCATION (only from {@link Consistency#equal}) or FAIL
 * @param other      b, exact, expressed in a's unit (printed without superfluous zeros)
 * @param difference a − b, exact, in a's unit
 * @param unit       a's unit
 */
public record CompareResult(Outcome outcome, BigDecimal other, BigDecimal difference, Unit unit) {
}
