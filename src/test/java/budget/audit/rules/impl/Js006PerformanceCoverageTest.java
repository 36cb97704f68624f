package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Js006PerformanceCoverageTest {

    private final Js006PerformanceCoverage rule = new Js006PerformanceCoverage();

    private List<Check> run(String amount, String project) {
        return TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + "组织对7个一般公共预算项目支出开展绩效自评，共涉及资金" + amount
                + "万元，占一般公共预算项目支出总额的100%；组织对0个政府性基金预算项目开展绩效自评，共涉及资金0万元，"
                + "占政府性基金预算项目支出总额的0%。\n\n"
                + FinalFixtures.general("350.00", project, "1271.75")));
    }

    @Test
    void shareOfTheProjectSpendingHolds() {
        assertEquals(List.of(Outcome.PASS), run("921.75", "921.75").stream().map(Check::outcome).toList());
    }

    @Test
    void amountAboveTheProjectSpendingIsNotAHundredPercent() {
        List<Check> checks = run("940.15", "921.75");
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("102.00", checks.getFirst().computed().toPlainString());
    }

    @Test
    void zeroProjectSpendingGivesNoShare() {
        assertEquals(List.of(Outcome.NOT_APPLICABLE), run("0", "0.00").stream().map(Check::outcome).toList());
    }
}
