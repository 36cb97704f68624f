package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Js003SangongWithinBudgetTest {

    private final Js003SangongWithinBudget rule = new Js003SangongWithinBudget();

    private List<Outcome> outcomes(String text) {
        return TextFiling.run(rule, TextFiling.of(text)).stream().map(Check::outcome).toList();
    }

    @Test
    void withinBudgetPasses() {
        assertEquals(List.of(Outcome.PASS, Outcome.PASS),
                outcomes(FinalFixtures.HEAD + FinalFixtures.sangong("6.00", "4.00")));
    }

    @Test
    void excessWithoutReasonFails() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.sangong("4.00", "6.00")));
        assertEquals(List.of(Outcome.FAIL, Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("2.00", checks.getFirst().difference().toPlainString());
    }

    @Test
    void excessExplainedPasses() {
        String text = FinalFixtures.HEAD + "2023年度“三公”经费支出决算大于预算数的主要原因是新增接待任务。\n\n"
                + FinalFixtures.sangong("4.00", "6.00");
        List<Check> checks = TextFiling.run(rule, TextFiling.of(text));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertTrue(checks.stream().allMatch(c -> "yes".equals(c.args().get("explained"))));
    }

    @Test
    void columnsWithoutAMeasureAreNotPaired() {
        String text = FinalFixtures.HEAD + FinalFixtures.sangong("4.00", "6.00").replace("预算数\t\t决算数\t",
                "本单位\t\t下属单位\t");
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(text));
    }
}
