package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Kb001EmptyNoteNamesItsFundTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n";

    private static List<Check> run(String prose) {
        return TextFiling.run(new Kb001EmptyNoteNamesItsFund(), TextFiling.of(HEAD + prose));
    }

    @Test
    void aSectionOnTheStateCapitalTableThatSpeaksOfGovernmentFundsIsWrong() {
        List<Check> checks = run("（八）国有资本经营预算支出情况说明（详见表9）\n本部门2024年没有使用政府性基金预算拨款安排的支出，与上年持平。\n");
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("政府性基金", checks.get(0).args().get("named"));
    }

    @Test
    void aNoteInTheSameParagraphAsItsHeadingIsRead() {
        // the layout of hangzhou-meteorology-2026-budget.pdf: heading and note in one paragraph
        List<Check> checks = run("（八）政府性基金预算支出情况说明（详见表8）本部门2024年没有使用国有资本经营预算拨款安排的支出。\n");
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void aNoteNamingItsOwnFundPasses() {
        List<Check> checks = run("（八）政府性基金预算支出情况说明（详见表8）本部门2024年没有使用政府性基金预算拨款安排的支出，与上年持平。\n"
                + "（九）国有资本经营预算支出情况说明\n本部门2024年没有使用国有资本经营预算拨款安排的支出。\n");
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void aNoteNamingBothFundsIsNotJudged() {
        List<Check> checks = run("（八）国有资本经营预算支出情况说明\n本部门没有政府性基金和国有资本经营预算拨款安排的支出，故两表均为空表。\n");
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }
}
