package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.arith.Interval;
import budget.audit.rules.arith.Mode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A stated percentage of the 决算 rules (完成率, a share), and of CG002's set-aside shares of a 预算, recomputed as
 * part ÷ base: the percentage printed with
 * d decimals stands for ±½·10⁻ᵈ %, both figures for their rounding intervals (as {@link Pc001Percentages});
 * within those intervals it is a rounding residue, never an error. A base of zero gives no percentage: the
 * caller reports NOT_APPLICABLE instead.
 */
final class FinalShares {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final String ARG_PERCENT = "percent";
    static final String ARG_PART = "part";
    static final String ARG_BASE = "base";
    static final String ARG_RATIO = "ratio";

    private FinalShares() {
    }

    /** The check of "part is X% of base"; {@code base} must not be zero. */
    static Check check(String ruleId, String subject, Amount percent, Amount part, Amount base,
                       List<Provenance> evidence, Map<String, Object> extra) {
        BigDecimal stated = percent.value();
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-percent.decimals()).multiply(new BigDecimal("0.5"));
        Interval printed = new Interval(stated.subtract(half), stated.add(half));
        Interval ratio = Pc001Percentages.quotient(Interval.of(part, Mode.ROUND_HALF), Interval.of(base, Mode.ROUND_HALF));
        Interval inPercent = new Interval(ratio.lo().multiply(HUNDRED), ratio.hi().multiply(HUNDRED));
        BigDecimal exact = part.toYuan().divide(base.toYuan(), MC).multiply(HUNDRED);
        Outcome outcome;
        if (exact.setScale(percent.decimals(), RoundingMode.HALF_UP).compareTo(stated) == 0) {
            outcome = Outcome.PASS;
        } else if (printed.intersects(inPercent)) {
            outcome = Outcome.ROUNDING;
        } else if (exact.setScale(percent.decimals(), RoundingMode.DOWN).compareTo(stated) == 0) {
            outcome = Outcome.TRUNCATION;
        } else {
            outcome = Outcome.FAIL;
        }
        BigDecimal computed = exact.setScale(Math.max(2, percent.decimals()), RoundingMode.HALF_UP);
        java.util.LinkedHashMap<String, Object> args = new java.util.LinkedHashMap<>(extra);
        args.put(ARG_PERCENT, percent.printed() + "%");
        args.put(ARG_PART, part.printed() + part.unit().symbol());
        args.put(ARG_BASE, base.printed() + base.unit().symbol());
        args.put(ARG_RATIO, computed.toPlainString() + "%");
        return new Check(ruleId, outcome, subject, new Amount(stated, Unit.PERCENT), computed,
                stated.subtract(computed), Unit.PERCENT, ruleId, args, evidence);
    }
}
