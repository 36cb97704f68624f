package budget.audit.rules.impl;

import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz004AssetsExplainedTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n一、部门职责\n负责本市测试工作。\n";

    @Test
    void presentPasses() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz004AssetsExplained(), HEAD + "截至2023年底，本部门共有车辆2辆。\n"));
    }

    @Test
    void absentFailsNamingIt() {
        assertEquals("国有资产占有使用情况", TextFiling.fails(new Wz004AssetsExplained(), HEAD).get(0).args().get(Presence.ARG_MISSING_ITEMS));
    }
}
