package budget.audit.rules.arith;

import budget.audit.model.Amount;
import budget.audit.model.Unit;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsistencyTest {

    private final Consistency consistency = Consistency.standard();

    private static Amount wan(String v) {
        return Amount.of(v, WAN_YUAN);
    }

    private static Amount yuan(String v) {
        return Amount.of(v, YUAN);
    }

    private static void assertPrinted(String expected, BigDecimal actual) {
        assertEquals(expected, actual.toPlainString());
    }

    @Test
    void aPrintedZeroIsExactAndAbsorbsNoGap() {
        // 0 with no decimals would stand for ±0.5万元 under the plain XBRL reading; a budget's "0万元" is nil.
        SumResult r = consistency.sum(wan("86.5"), List.of(wan("20.0"), wan("0"), wan("66.1")));
        assertEquals(Outcome.FAIL, r.outcome());
        assertPrinted("0.4", r.difference());
    }

    @Test
    void exactSumPasses() {
        SumResult r = consistency.sum(wan("9.8"), List.of(wan("0"), wan("7.2"), wan("2.6")));
        assertEquals(Outcome.PASS, r.outcome());
        assertPrinted("9.8", r.computed());
        assertPrinted("0.0", r.difference());
        assertEquals(WAN_YUAN, r.unit());
    }

    @Test
    void missingCentsBeyondRoundingFails() {
        SumResult r = consistency.sum(wan("12.40"), List.of(wan("3.00"), wan("6.50"), wan("2.40")));
        assertEquals(Outcome.FAIL, r.outcome());
        assertPrinted("11.90", r.computed());
        assertPrinted("0.50", r.difference());
    }

    @Test
    void residueWithinIntervalsIsRounding() {
        SumResult r = consistency.sum(wan("646.51"), List.of(wan("511.96"), wan("127.09"), wan("7.45")));
        assertEquals(Outcome.ROUNDING, r.outcome());
        assertPrinted("646.50", r.computed());
        assertPrinted("0.01", r.difference());
    }

    @Test
    void partsInYuanAgainstTotalInWan() {
        SumResult exact = consistency.sum(wan("0.9975"), List.of(yuan("5000"), yuan("4975")));
        assertEquals(Outcome.PASS, exact.outcome());
        assertPrinted("0.9975", exact.computed());

        // 9976 元: parts range [9975, 9977] overlaps the total's range [9974.5, 9975.5]
        SumResult close = consistency.sum(wan("0.9975"), List.of(yuan("5000"), yuan("4976")));
        assertEquals(Outcome.ROUNDING, close.outcome());
        assertPrinted("0.9976", close.computed());
        assertPrinted("-0.0001", close.difference());

        // 9977 元: parts range [9976, 9978] is disjoint from [9974.5, 9975.5]
        SumResult far = consistency.sum(wan("0.9975"), List.of(yuan("5000"), yuan("4977")));
        assertEquals(Outcome.FAIL, far.outcome());
        assertPrinted("0.9977", far.computed());
    }

    @Test
    void wanPartsAgainstYuanTotalPrintWithoutExponent() {
        SumResult r = consistency.sum(yuan("1900000"), List.of(wan("100"), wan("90")));
        assertEquals(Outcome.PASS, r.outcome());
        assertPrinted("1900000", r.computed());
        assertPrinted("0", r.difference());
    }

    @Test
    void yuanPartsExpressedInWanWithoutTrailingZeros() {
        SumResult r = consistency.sum(wan("9.8"), List.of(yuan("50000"), yuan("48000")));
        assertEquals(Outcome.PASS, r.outcome());
        assertPrinted("9.8", r.computed());
    }

    @Test
    void touchingIntervalsAreConsistent() {
        // total 10 → [9.5, 10.5]; 5.0 + 5.6 → [10.5, 10.7]: they touch at 10.5
        SumResult touching = consistency.sum(wan("10"), List.of(wan("5.0"), wan("5.6")));
        assertEquals(Outcome.ROUNDING, touching.outcome());
        assertPrinted("10.6", touching.computed());
        assertPrinted("-0.6", touching.difference());
        // 5.0 + 5.7 → [10.6, 10.8]: disjoint
        assertEquals(Outcome.FAIL, consistency.sum(wan("10"), List.of(wan("5.0"), wan("5.7"))).outcome());
    }

    @Test
    void truncationModeWidensUpwards() {
        Consistency truncation = new Consistency(Mode.TRUNCATION);
        // 10 → [10, 11]; 5.0 + 5.6 → [10.6, 10.8]
        assertEquals(Outcome.ROUNDING, truncation.sum(wan("10"), List.of(wan("5.0"), wan("5.6"))).outcome());
        // 10 → [10, 11]; 4.0 + 5.0 → [9.0, 9.2]
        assertEquals(Outcome.FAIL, truncation.sum(wan("10"), List.of(wan("4.0"), wan("5.0"))).outcome());
    }

    @Test
    void modeComesFromContextParameter() {
        assertEquals(Mode.ROUND_HALF, Consistency.from(new RuleContext("X", Map.of())).mode());
        assertEquals(Mode.TRUNCATION,
                Consistency.from(new RuleContext("X", Map.of(Consistency.MODE_PARAM, "TRUNCATION"))).mode());
    }

    @Test
    void lessOrEqual() {
        CompareResult pass = consistency.lessOrEqual(wan("429.64"), wan("429.64"));
        assertEquals(Outcome.PASS, pass.outcome());
        assertPrinted("0.00", pass.difference());

        // 2517.78万元 → [25177750, 25177850] vs 25177779 元 → upper bound 25177779.5
        CompareResult rounding = consistency.lessOrEqual(wan("2517.78"), yuan("25177779"));
        assertEquals(Outcome.ROUNDING, rounding.outcome());
        assertPrinted("2517.7779", rounding.other());
        assertPrinted("0.0021", rounding.difference());

        CompareResult fail = consistency.lessOrEqual(wan("500.1"), wan("499.9"));
        assertEquals(Outcome.FAIL, fail.outcome());
        assertPrinted("0.2", fail.difference());
    }

    @Test
    void equalDetectsTruncation() {
        CompareResult truncated = consistency.equal(wan("87.70"), yuan("877080"));
        assertEquals(Outcome.TRUNCATION, truncated.outcome());
        assertPrinted("87.708", truncated.other());
        assertPrinted("-0.008", truncated.difference());
        assertEquals(Outcome.TRUNCATION, consistency.equal(yuan("877080"), wan("87.70")).outcome());
        // correctly rounded: 87.71万元 for 877080元
        assertEquals(Outcome.ROUNDING, consistency.equal(wan("87.71"), yuan("877080")).outcome());
        // neither rounded nor cut off
        assertEquals(Outcome.FAIL, consistency.equal(wan("87.60"), yuan("877080")).outcome());
        assertEquals(Outcome.PASS, consistency.equal(wan("87.708"), yuan("877080")).outcome());
    }

    @Test
    void equalStatesGapInFirstUnit() {
        CompareResult gap = consistency.equal(wan("29318"), wan("22002.1"));
        assertEquals(Outcome.FAIL, gap.outcome());
        assertPrinted("22002.1", gap.other());
        assertPrinted("7315.9", gap.difference());
    }

    @Test
    void tidyNeverRounds() {
        assertPrinted("9.8", Consistency.tidy(new BigDecimal("9.80000"), 1));
        assertPrinted("11.90", Consistency.tidy(new BigDecimal("11.9"), 2));
        assertPrinted("1900", Consistency.tidy(new BigDecimal("1.9E+3"), 0));
        assertPrinted("0.0021", Consistency.tidy(new BigDecimal("0.002100"), 2));
    }

    @Test
    void sumAtMostJudgesTheLowestSumAgainstTheHighestBound() {
        CompareResult within = consistency.sumAtMost(List.of(wan("1097.02"), wan("887.90"), wan("146.69")), wan("2131.61"));
        assertEquals(Outcome.PASS, within.outcome());
        assertPrinted("2131.61", within.other());
        assertPrinted("0.00", within.difference());
        // 1.3 + 1.3 may be as little as 2.5; a bound printed "2" stands for up to 2.5
        assertEquals(Outcome.ROUNDING, consistency.sumAtMost(List.of(wan("1.3"), wan("1.3")), wan("2")).outcome());
        CompareResult beyond = consistency.sumAtMost(List.of(wan("1097.02"), wan("887.90")), yuan("19000000"));
        assertEquals(Outcome.FAIL, beyond.outcome());
        assertPrinted("849200", beyond.difference());
    }
}
