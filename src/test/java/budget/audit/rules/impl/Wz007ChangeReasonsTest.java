package budget.audit.rules.impl;

import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz007ChangeReasonsTest {

    @Test
    void aChangeNeedsAReason() {
        String text = "滨海市测试局2024年部门预算\n一、收入预算\n2024年收入预算500万元，比2023年增加60万元。\n";
        assertEquals(List.of(Outcome.FAIL), TextFiling.outcomes(new Wz007ChangeReasons(), text));
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz007ChangeReasons(),
                text.replace("60万元。", "60万元，主要原因是新增项目。")));
    }
}
