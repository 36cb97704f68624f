package budget.audit.rules.impl;

import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz006GlossaryPresentTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n一、部门职责\n负责本市测试工作。\n";

    @Test
    void presentPasses() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz006GlossaryPresent(), HEAD + "六、名词解释\n"));
    }

    @Test
    void absentFailsNamingIt() {
        assertEquals("名词解释", TextFiling.fails(new Wz006GlossaryPresent(), HEAD).get(0).args().get(Presence.ARG_MISSING_ITEMS));
    }
}
