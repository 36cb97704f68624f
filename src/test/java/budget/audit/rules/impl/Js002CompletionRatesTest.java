package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Js002CompletionRatesTest {

    private final Js002CompletionRates rule = new Js002CompletionRates();

    private List<Check> run(String sentence) {
        return TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD + sentence + "\n"));
    }

    @Test
    void statedRateRecomputed() {
        assertEquals(List.of(Outcome.PASS), run("行政运行（项）。年初预算为590.53万元，支出决算为4.7万元，完成年初预算的0.8%。")
                .stream().map(Check::outcome).toList());
        assertEquals(List.of(Outcome.PASS), run("全年预算数为536.20万元，执行数为413.57万元，完成预算的77.1%。")
                .stream().map(Check::outcome).toList());
    }

    @Test
    void wrongRateFails() {
        List<Check> checks = run("年初预算为500.00万元，支出决算为450.00万元，完成年初预算的95%。");
        assertEquals(1, checks.size());
        assertEquals(Outcome.FAIL, checks.getFirst().outcome());
        assertEquals("90.00", checks.getFirst().computed().toPlainString());
    }

    private List<Outcome> outcomes(String sentence) {
        return run(sentence).stream().map(Check::outcome).toList();
    }

    @Test
    void rateOnTheAdjustedBudgetIsReadAgainstTheAdjustedBudget() {
        // the 年初 figure comes first, the 调整 figure right before the 决算 figure: the rate is on the latter
        assertEquals(List.of(Outcome.PASS), outcomes("行政运行（项）年初预算为80.00万元，调整预算为120.00万元，"
                + "支出决算为108.00万元，完成调整预算的90%。"));
    }

    @Test
    void aNestedItemsBudgetIsTheBaseOfItsOwnRate() {
        // "合计年初预算为A，其中某项年初预算为C，支出决算为B，完成…的X%": X is B ÷ C, not B ÷ A
        assertEquals(List.of(Outcome.PASS), outcomes("“三公”经费年初预算为16万元，其中公务接待费年初预算为5万元，"
                + "支出决算为4万元，完成年初预算的80%。"));
    }

    @Test
    void aTotalBudgetWithItsBreakdownBeforeTheFinalFigureKeepsTheTotalAsBase() {
        // "年初预算为A（其中基本支出预算为B，项目支出预算为C），支出决算为D，完成年初预算的X%": X is D ÷ A
        assertEquals(List.of(Outcome.PASS), outcomes("本局年初预算为500万元（其中基本支出预算为300万元，"
                + "项目支出预算为200万元），支出决算为450万元，完成年初预算的90%。"));
    }

    @Test
    void aRateFittingNoneOfSeveralBudgetsIsNotChecked() {
        // two budget figures before the 决算 figure and the rate fits neither: which one is meant is not guessed
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes("“三公”经费年初预算为16万元，其中公务接待费年初预算为5万元，"
                + "支出决算为4万元，完成年初预算的60%。"));
    }

    @Test
    void aRateOnAnotherKindOfBudgetIsNotChecked() {
        // the sentence states the 年初 budget but the rate is on the 全年 (adjusted) budget it does not state
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes("培训支出（项）年初预算为30.00万元，"
                + "支出决算为27.00万元，完成全年预算的60%。"));
    }

    @Test
    void rateWithItsBaseAfterTheFinalFigure() {
        assertEquals(List.of(Outcome.FAIL), run("“三公”经费支出决算为6.00万元，完成预算4.00万元的100%。")
                .stream().map(Check::outcome).toList());
    }

    @Test
    void zeroBaseGivesNoRate() {
        List<Check> checks = run("“三公”经费财政拨款支出决算为0.16万元，完成预算0万元的0%。");
        assertEquals(List.of(Outcome.NOT_APPLICABLE), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void aRateWithoutItsBaseIsNotGuessed() {
        List<Check> checks = run("因公出国（境）费支出决算为4.69万元，完成预算的15.63%。");
        assertTrue(checks.stream().allMatch(c -> c.outcome() == Outcome.NOT_APPLICABLE), checks.toString());
    }
}
