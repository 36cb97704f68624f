package budget.audit.rules.arith;

import budget.audit.model.Amount;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed interval of exact values in 元: the true values a printed figure may stand for.
 * Touching intervals intersect (XBRL Calculations 1.1).
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public Interval {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /** The single exact value {@code yuan}. */
    public static Interval exact(BigDecimal yuan) {
        return new Interval(yuan, yuan);
    }

    /**
     * The values in 元 a money amount printed with its decimals may stand for under {@code mode}. A printed zero
     * is exact: in a budget disclosure "0万元" means nothing was budgeted, not "less than 0.5万元" — treating it
     * as a rounding interval would let a zero part absorb a real gap.
     */
    public static Interval of(Amount amount, Mode mode) {
        BigDecimal value = amount.toYuan();
        if (value.signum() == 0) {
            return exact(value);
        }
        BigDecimal step = step(amount);
        return switch (mode) {
            case ROUND_HALF -> {
                BigDecimal half = step.multiply(HALF);
                yield new Interval(value.subtract(half), value.add(half));
            }
            case TRUNCATION -> value.signum() >= 0
                    ? new Interval(value, value.add(step))
                    : new Interval(value.subtract(step), value);
        };
    }

    /** One unit of the last printed digit, in 元 (10^(power − decimals)); 0.01万元 → 100元. */
    public static BigDecimal step(Amount amount) {
        return BigDecimal.ONE.scaleByPowerOfTen(amount.unit().powerOfTen() - amount.decimals());
    }

    /** Minkowski sum: every value a sum of one value from each interval can take. */
    public Interval add(Interval other) {
        return new Interval(lo.add(other.lo), hi.add(other.hi));
    }

    /** True when the intervals share at least one point (touching counts). */
    public boolean intersects(Interval other) {
        return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0;
    }

    public boolean contains(BigDecimal yuan) {
        return lo.compareTo(yuan) <= 0 && yuan.compareTo(hi) <= 0;
    }
}
