package budget.audit.rules.arith;

import budget.audit.model.Amount;
import budget.audit.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalTest {

    private static void assertInterval(String lo, String hi, Interval interval) {
        assertEquals(0, new BigDecimal(lo).compareTo(interval.lo()), "lo " + interval);
        assertEquals(0, new BigDecimal(hi).compareTo(interval.hi()), "hi " + interval);
    }

    @Test
    void roundHalfIntervalIsInYuan() {
        assertInterval("876950", "877050", Interval.of(Amount.of("87.70", Unit.WAN_YUAN), Mode.ROUND_HALF));
        assertInterval("9974.5", "9975.5", Interval.of(Amount.of("0.9975", Unit.WAN_YUAN), Mode.ROUND_HALF));
        assertInterval("1899.5", "1900.5", Interval.of(Amount.of("1900", Unit.YUAN), Mode.ROUND_HALF));
    }

    @Test
    void truncationIntervalLiesAboveForPositiveAndBelowForNegative() {
        assertInterval("877000", "877100", Interval.of(Amount.of("87.70", Unit.WAN_YUAN), Mode.TRUNCATION));
        assertInterval("-29000", "-28000", Interval.of(Amount.of("-2.8", Unit.WAN_YUAN), Mode.TRUNCATION));
    }

    @Test
    void stepIsOneLastPrintedDigitInYuan() {
        assertEquals(0, new BigDecimal("100").compareTo(Interval.step(Amount.of("12.40", Unit.WAN_YUAN))));
        assertEquals(0, new BigDecimal("0.01").compareTo(Interval.step(Amount.of("3.00", Unit.YUAN))));
    }

    @Test
    void touchingIntervalsIntersect() {
        Interval a = new Interval(new BigDecimal("1"), new BigDecimal("2"));
        Interval b = new Interval(new BigDecimal("2"), new BigDecimal("3"));
        Interval c = new Interval(new BigDecimal("2.0001"), new BigDecimal("3"));
        assertTrue(a.intersects(b));
        assertTrue(b.intersects(a));
        assertFalse(a.intersects(c));
        assertFalse(c.intersects(a));
    }

    @Test
    void addIsMinkowskiSum() {
        Interval sum = new Interval(new BigDecimal("1"), new BigDecimal("2"))
                .add(new Interval(new BigDecimal("-0.5"), new BigDecimal("0.5")));
        assertInterval("0.5", "2.5", sum);
    }
}
