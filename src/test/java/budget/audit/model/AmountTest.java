package budget.audit.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountTest {

    @Test
    void keepsPrintedDecimalsAndConvertsUnits() {
        Amount a = Amount.of("610.253508", Unit.WAN_YUAN);
        assertEquals(6, a.decimals());
        assertEquals("610.253508", a.printed());
        assertEquals(0, new BigDecimal("6102535.08").compareTo(a.toYuan()));
        assertEquals(0, new BigDecimal("0.00098").compareTo(Amount.of("9.8", Unit.YUAN).valueIn(Unit.WAN_YUAN)));
    }

    @Test
    void integerHasZeroDecimals() {
        assertEquals(0, Amount.of("1900", Unit.WAN_YUAN).decimals());
        assertEquals("9.80", Amount.of("9.80", Unit.WAN_YUAN).printed());
    }
}
