package budget.audit.rules.impl;

import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz005PerformanceExplainedTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n一、部门职责\n负责本市测试工作。\n";

    @Test
    void presentPasses() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz005PerformanceExplained(), HEAD + "2024年实行绩效目标管理的项目3个。\n"));
    }

    @Test
    void absentFailsNamingIt() {
        assertEquals("绩效目标", TextFiling.fails(new Wz005PerformanceExplained(), HEAD).get(0).args().get(Presence.ARG_MISSING_ITEMS));
    }
}
