package budget.audit.rules.impl;

import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz008DutiesAndStructureTest {

    @Test
    void dutiesAndStructure() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz008DutiesAndStructure(),
                "滨海市测试局2024年部门预算\n一、主要职责\n负责测试。\n二、机构设置\n内设3个科室。\n"));
        assertEquals("机构设置（单位构成）", TextFiling.fails(new Wz008DutiesAndStructure(),
                "滨海市测试局2024年部门预算\n一、主要职责\n负责测试。\n").get(0).args().get(Presence.ARG_MISSING_ITEMS));
    }
}
