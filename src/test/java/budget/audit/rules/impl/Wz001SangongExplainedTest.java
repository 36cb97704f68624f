package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz001SangongExplainedTest {

    @Test
    void missingSangongIsAFinding() {
        List<Check> fails = TextFiling.fails(new Wz001SangongExplained(), "滨海市测试局2024年部门预算\n一、机关运行经费\n"
                + "2024年机关运行经费预算30万元。\n");
        assertEquals(1, fails.size());
        assertEquals("“三公”经费预算总额及其说明", fails.get(0).args().get(Presence.ARG_MISSING_ITEMS));
    }

    @Test
    void aChangeWithoutReasonIsAFinding() {
        String text = "滨海市测试局2024年部门预算\n一、“三公”经费\n"
                + "2024年“三公”经费预算4万元，比2023年减少1万元。其中：因公出国（境）费0万元，公务接待费1万元，"
                + "公务用车运行维护费3万元，公务用车购置费0万元。\n";
        assertEquals("增减变化的原因", TextFiling.fails(new Wz001SangongExplained(), text).get(0).args()
                .get(Presence.ARG_MISSING_ITEMS));
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz001SangongExplained(),
                text.replace("减少1万元。", "减少1万元，主要原因是压减公务用车运行支出。")));
    }
}
