package budget.audit.rules.impl;

import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz003ProcurementExplainedTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n一、政府采购情况\n";

    @Test
    void splitOrNoneExplained() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz003ProcurementExplained(), HEAD
                + "2024年政府采购预算300万元，其中：政府采购货物支出100万元、政府采购工程支出0万元、政府采购服务支出200万元。\n"));
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz003ProcurementExplained(), HEAD
                + "本部门2024年未安排政府采购预算。\n"));
    }

    @Test
    void nothingSaidFails() {
        assertEquals("政府采购预算总额", TextFiling.fails(new Wz003ProcurementExplained(), HEAD + "无。\n".replace("无", "略"))
                .get(0).args().get(Presence.ARG_MISSING_ITEMS));
    }
}
