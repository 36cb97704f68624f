package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Yy003ChangeDirectionTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n";

    private static List<Check> fails(String prose) {
        return TextFiling.fails(new Yy003ChangeDirection(), HEAD + prose + "\n");
    }

    private static List<Outcome> outcomes(String prose) {
        return TextFiling.outcomes(new Yy003ChangeDirection(), HEAD + prose + "\n");
    }

    @Test
    void aZeroBudgetCannotHaveIncreased() {
        List<Check> f = fails("政府性基金拨款支出预算0.00万元，比上年增加20.00万元。");
        assertEquals(1, f.size());
        assertEquals("exceeds", f.get(0).args().get("kind"));
        assertEquals("政府性基金拨款支出（说明文字）", f.get(0).subject());
    }

    @Test
    void anIncreaseWithinTheFigurePasses() {
        assertEquals(List.of(Outcome.PASS), outcomes("政府性基金拨款支出预算20.00万元，比上年增加20.00万元；"
                + "公务接待费0万元，比上年减少3万元；一般公共预算拨款支出0.00万元，与上年持平。"));
    }

    @Test
    void anIncreaseEqualWithinRoundingPasses() {
        assertEquals(List.of(Outcome.PASS), outcomes("项目支出20万元，比上年增加20.4万元。"));
    }

    @Test
    void aChangeWordBeforeANegativeNumberIsAContradiction() {
        List<Check> f = fails("基本支出300万元，比上年增加-5万元。");
        assertEquals(1, f.size());
        assertEquals("增加-5万元", f.get(0).args().get("text"));
    }

    @Test
    void levelBesideAChangeIsAContradiction() {
        List<Check> f = fails("公务接待费3万元，与上年持平，增加0.5万元。");
        assertEquals(1, f.size());
        assertEquals("level", f.get(0).args().get("kind"));
    }

    @Test
    void roughlyLevelBesideASmallChangeIsNoContradiction() {
        // the wording of hangzhou-meteorology-2026-budget.pdf p.4: "比上年执行数增加48.92万元，增长0.8%，与上年基本持平"
        assertEquals(List.of(Outcome.PASS),
                outcomes("2026年收入预算5876.67万元，比上年执行数增加48.92万元，增长0.8%，与上年基本持平。"));
    }

    @Test
    void aChangeNotDirectlyAfterItsFigureIsNotJudged() {
        // the change may belong to the 收入 total rather than to the last item before it
        assertEquals(List.of(Outcome.NOT_APPLICABLE),
                outcomes("收入预算500万元，其中：事业收入0万元，其他收入0万元，比上年增加20万元。"));
    }
}
