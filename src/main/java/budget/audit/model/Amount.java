package budget.audit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as written in the filing: its exact value, unit, and the number of decimals printed
 * (the scale of {@code value}). "9.8万元" is {@code Amount(9.8, WAN_YUAN)} with 1 decimal; "0.9975" keeps 4.
 */
public record Amount(BigDecimal value, Unit unit) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Amount of(String printed, Unit unit) {
        return new Amount(new BigDecimal(printed), unit);
    }

    /** Decimals as printed (never negative: "1900" has 0). */
    public int decimals() {
        return Math.max(0, value.scale());
    }

    /** The digits as printed, e.g. "9.8", "0.9975", "-2.8". */
    public String printed() {
        return value.toPlainString();
    }

    /** Exact value in 元 (money units only). */
    public BigDecimal toYuan() {
        return value.multiply(unit.toYuanFactor());
    }

    /** Exact value converted into another money unit (no rounding). */
    public BigDecimal valueIn(Unit target) {
        return toYuan().scaleByPowerOfTen(-target.powerOfTen());
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public String toString() {
        return printed() + unit.symbol();
    }
}
