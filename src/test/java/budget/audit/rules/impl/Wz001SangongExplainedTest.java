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

    @Test
    void aSectionIntroducedAsFollowsExplainsItsItemsBelow() {
        // "“三公”经费预算安排情况如下：" then one numbered heading and one paragraph per item: the items are explained
        // although no paragraph states the total
        String text = "滨海市测试中心2024年部门预算\n三、“三公”经费预算情况\n"
                + "滨海市测试中心2024年财政拨款“三公”经费预算安排情况如下：\n"
                + "（一）因公出国（境）费\n2024年未安排因公出国（境）计划。\n"
                + "（二）公务用车购置及运行维护费\n2024年安排公务用车运行维护费12万元，较上年减少2万元，主要原因是车辆减少。\n"
                + "（三）公务接待费\n2024年安排公务接待费预算3万元，与上年持平。\n";
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz001SangongExplained(), text));
    }

    @Test
    void aZeroTotalNeedsNoItemByItemExplanation() {
        // a unit that arranges no “三公” money says so with the total 0; each item is then 0 as well
        String text = "滨海市测试站2024年单位预算\n七、“三公”经费情况说明\n"
                + "2024年单位预算安排“三公”经费支出预算0元，与上年相比无变化。\n";
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Wz001SangongExplained(), text));
    }
}
