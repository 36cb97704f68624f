package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Js001FinalBalanceTest {

    private final Js001FinalBalance rule = new Js001FinalBalance();

    @Test
    void balanceHolds() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.summary("30.00", "450.00", "440.00", "40.00", "480.00")));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void closingBalanceOffIsAnError() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.summary("30.00", "450.00", "450.00", "20.00", "480.00")));
        assertEquals(1, checks.size());
        Check c = checks.getFirst();
        assertEquals(Outcome.FAIL, c.outcome());
        assertEquals("20.00", c.stated().printed());
        assertEquals("30.00", c.computed().toPlainString());
        assertEquals("-10.00", c.difference().toPlainString());
    }

    @Test
    void aCentIsRoundingNeverAnError() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.summary("0.00", "1668.14", "1668.14", "0.01", "1668.15")));
        assertEquals(List.of(Outcome.ROUNDING), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void byFundInTheFiscalSummary() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.fiscal("100.00", "500.00", "450.00", "140.00")));
        // the whole table and the 一般公共预算 column: 100 + 500 − 450 = 150, printed 140
        assertEquals(2, checks.size(), checks.toString());
        assertTrue(checks.stream().allMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> "一般公共预算".equals(c.args().get("fund"))), checks.toString());
    }

    @Test
    void aBudgetColumnIsNeverReadAsTheFinalOne() {
        // the only amount column says 预算数: not a 决算数, so nothing is checked (fail closed)
        String text = FinalFixtures.HEAD + FinalFixtures.summary("30.00", "450.00", "450.00", "20.00", "480.00")
                .replace("项目\t决算数\t项目\t决算数", "项目\t年初预算数\t项目\t年初预算数");
        List<Check> checks = TextFiling.run(rule, TextFiling.of(text));
        assertTrue(checks.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
    }
}
