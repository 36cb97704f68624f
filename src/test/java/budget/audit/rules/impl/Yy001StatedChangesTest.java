package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Yy001StatedChangesTest {

    private static String text(String project) {
        return "滨海市测试局2024年部门预算\n一、支出预算\n"
                + "2024年支出预算500万元，比2023年增加60万元。其中：基本支出300万元，比2023年增加20万元；项目支出200万元，比2023年增加"
                + project + "万元。\n";
    }

    @Test
    void expenditureChangeIsTheSumOfBasicAndProjectChanges() {
        List<Check> checks = TextFiling.run(new Yy001StatedChanges(), TextFiling.of(text("40")));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void aGapFails() {
        List<Check> fails = TextFiling.fails(new Yy001StatedChanges(), text("30"));
        assertEquals(1, fails.size());
        assertEquals("50", fails.get(0).computed().toPlainString());
        assertEquals("10", fails.get(0).difference().toPlainString());
    }
}
