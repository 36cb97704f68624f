package budget.audit.rules.arith;

import budget.audit.model.Amount;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The one place that knows tolerance. Every figure is converted to 元 exactly before comparing; a figure printed
 * with d decimals in unit U stands for the interval {@link Interval#of(Amount, Mode)}.
 */
public final class Consistency {

    /** Rule parameter naming the {@link Mode} ("ROUND_HALF" or "TRUNCATION"). */
    public static final String MODE_PARAM = "rounding";

    private final Mode mode;

    public Consistency(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Default tolerance: figures are rounded half-up at their printed decimals. */
    public static Consistency standard() {
        return new Consistency(Mode.ROUND_HALF);
    }

    /** The mode named by the context's {@value #MODE_PARAM} parameter (default ROUND_HALF). */
    public static Consistency from(RuleContext context) {
        return new Consistency(Mode.valueOf(context.param(MODE_PARAM, Mode.ROUND_HALF.name())));
    }

    public Mode mode() {
        return mode;
    }

    /**
     * total = Σ parts. PASS when exactly equal, ROUNDING when only the intervals overlap, FAIL when disjoint.
     * An empty list of parts sums to exactly 0.
     */
    public SumResult sum(Amount total, List<Amount> parts) {
        Parts added = add(parts);
        BigDecimal exactSum = added.exact();
        Interval partsRange = added.range();
        int minScale = total.decimals();
        Outcome outcome = judge(total.toYuan(), exactSum, Interval.of(total, mode).intersects(partsRange));
        BigDecimal computed = inUnitOf(exactSum, total);
        BigDecimal difference = inUnitOf(total.toYuan().subtract(exactSum), total);
        return new SumResult(outcome, tidy(computed, minScale), tidy(difference, minScale), total.unit());
    }

    /** a ≤ b: FAIL only when a's lower bound exceeds b's upper bound; ROUNDING when it holds only within the intervals. */
    public CompareResult lessOrEqual(Amount a, Amount b) {
        BigDecimal ay = a.toYuan();
        BigDecimal by = b.toYuan();
        Outcome outcome;
        if (ay.compareTo(by) <= 0) {
            outcome = Outcome.PASS;
        } else if (Interval.of(a, mode).lo().compareTo(Interval.of(b, mode).hi()) <= 0) {
            outcome = Outcome.ROUNDING;
        } else {
            outcome = Outcome.FAIL;
        }
        return compareResult(outcome, a, b);
    }

    /**
     * Σ parts ≤ bound. PASS when the exact sum does not exceed the bound, ROUNDING when only the rounding intervals
     * (of every part, added up, and of the bound) allow it, FAIL when even the lowest possible sum exceeds the highest
     * possible bound. The result's {@code other} is the bound and {@code difference} Σ − bound, in the bound's unit.
     */
    public CompareResult sumAtMost(List<Amount> parts, Amount bound) {
        Parts added = add(parts);
        BigDecimal exactSum = added.exact();
        Interval partsRange = added.range();
        BigDecimal by = bound.toYuan();
        Outcome outcome;
        if (exactSum.compareTo(by) <= 0) {
            outcome = Outcome.PASS;
        } else if (partsRange.lo().compareTo(Interval.of(bound, mode).hi()) <= 0) {
            outcome = Outcome.ROUNDING;
        } else {
            outcome = Outcome.FAIL;
        }
        return new CompareResult(outcome, tidy(inUnitOf(by, bound), bound.decimals()),
                tidy(inUnitOf(exactSum.subtract(by), bound), bound.decimals()), bound.unit());
    }

    /**
     * a = b. PASS when exactly equal; TRUNCATION when the less precise figure equals the precise one cut off (not
     * rounded) at its printed decimals, e.g. 87.70万元 vs 877,080元; ROUNDING when only the intervals overlap;
     * otherwise FAIL.
     */
    public CompareResult equal(Amount a, Amount b) {
        BigDecimal ay = a.toYuan();
        BigDecimal by = b.toYuan();
        Outcome outcome;
        if (ay.compareTo(by) == 0) {
            outcome = Outcome.PASS;
        } else if (Interval.of(a, mode).intersects(Interval.of(b, mode))) {
            outcome = Outcome.ROUNDING;
        } else if (isTruncationOf(a, b) || isTruncationOf(b, a)) {
            outcome = Outcome.TRUNCATION;
        } else {
            outcome = Outcome.FAIL;
        }
        return compareResult(outcome, a, b);
    }

    /** Σ parts in 元, exact, and the interval of values the printed parts allow. */
    private record Parts(BigDecimal exact, Interval range) {
    }

    private Parts add(List<Amount> parts) {
        BigDecimal exact = BigDecimal.ZERO;
        Interval range = Interval.exact(BigDecimal.ZERO);
        for (Amount part : parts) {
            exact = exact.add(part.toYuan());
            range = range.add(Interval.of(part, mode));
        }
        return new Parts(exact, range);
    }

    /** True when {@code coarse} is strictly less precise than {@code precise} and equals it cut off at coarse's step. */
    static boolean isTruncationOf(Amount coarse, Amount precise) {
        BigDecimal coarseStep = Interval.step(coarse);
        if (coarseStep.compareTo(Interval.step(precise)) <= 0) {
            return false;
        }
        int scale = -(coarse.unit().powerOfTen() - coarse.decimals());
        BigDecimal cut = precise.toYuan().setScale(scale, RoundingMode.DOWN);
        return cut.compareTo(coarse.toYuan()) == 0;
    }

    private CompareResult compareResult(Outcome outcome, Amount a, Amount b) {
        int minScale = a.decimals();
        BigDecimal other = tidy(inUnitOf(b.toYuan(), a), minScale);
        BigDecimal difference = tidy(inUnitOf(a.toYuan().subtract(b.toYuan()), a), minScale);
        return new CompareResult(outcome, other, difference, a.unit());
    }

    private static Outcome judge(BigDecimal stated, BigDecimal computed, boolean rangesMeet) {
        if (stated.compareTo(computed) == 0) {
            return Outcome.PASS;
        }
        return rangesMeet ? Outcome.ROUNDING : Outcome.FAIL;
    }

    private static BigDecimal inUnitOf(BigDecimal yuan, Amount reference) {
        return yuan.scaleByPowerOfTen(-reference.unit().powerOfTen());
    }

    /**
     * The exact value without superfluous trailing zeros, but with at least {@code minScale} decimals:
     * tidy(9.80000, 1) = 9.8, tidy(11.9, 2) = 11.90, tidy(1900, 0) = 1900. Never rounds.
     */
    public static BigDecimal tidy(BigDecimal exact, int minScale) {
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.setScale(Math.max(Math.max(stripped.scale(), minScale), 0), RoundingMode.UNNECESSARY);
    }
}
