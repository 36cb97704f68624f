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

    /** Items as rows, one 预算数 and one 决算数 column (a layout several provinces publish). */
    private static final String ROWS_TABLE = "表7\n一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n"
            + "项目\t预算数\t决算数\n因公出国（境）费\t0\t0\n公务接待费\t3\t3.6\n"
            + "公务用车购置及运行维护费\t8\t5.1\n合计\t11\t8.7\n";

    @Test
    void itemsAsRowsAreEachSetAgainstTheirOwnBudget() {
        // the total row comes last: the first row is 因公出国（境）费, never reported as the 合计
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD + ROWS_TABLE));
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.PASS),
                checks.stream().map(Check::outcome).toList());
        assertEquals("公务接待费", checks.get(1).args().get(Js003SangongWithinBudget.ARG_ITEM));
        assertEquals("“三公”经费合计", checks.get(3).args().get(Js003SangongWithinBudget.ARG_ITEM));
    }

    @Test
    void excessExplainedAgainstTheBudgetInTheItemsOwnWords() {
        // "与本年度预算相比，增加…，增长的原因是…": the reason for an item above its budget
        String text = FinalFixtures.HEAD + "2.公务接待费支出3.6万元，与2023年度预算相比，增加0.6万元，增长20%，"
                + "增长的原因是承办全省现场会。\n\n" + ROWS_TABLE;
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS), outcomes(text));
    }

    @Test
    void columnsWithoutAMeasureAreNotPaired() {
        String text = FinalFixtures.HEAD + FinalFixtures.sangong("4.00", "6.00").replace("预算数\t\t决算数\t",
                "本单位\t\t下属单位\t");
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(text));
    }
}
