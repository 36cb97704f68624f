package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Js010VarianceExplainedTest {

    private final Js010VarianceExplained rule = new Js010VarianceExplained();

    private List<Outcome> outcomes(String text) {
        return TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD + text + "\n")).stream()
                .map(Check::outcome).toList();
    }

    @Test
    void largeDifferenceWithItsReasonPasses() {
        assertEquals(List.of(Outcome.PASS), outcomes("4.信访业务（项）。年初预算为2325.72万元，支出决算为2066.84万元，"
                + "完成年初预算的88.87%。决算数小于预算数的主要原因是相关工作未按计划开展。"));
    }

    @Test
    void largeDifferenceWithoutReasonFails() {
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), outcomes("1.行政运行（项）。年初预算为300.00万元，"
                + "支出决算为200.00万元，完成年初预算的66.67%。2.机关服务（项）。年初预算为222.6万元，支出决算为229.19万元，"
                + "完成年初预算的102.96%。"));
    }

    @Test
    void reasonInTheSentenceAfterALongBreakdownCounts() {
        // the total's figures, then a 其中 clause per item in the same sentence, then the reason for the total
        assertEquals(List.of(Outcome.PASS), outcomes("本单位2022年度“三公”经费财政拨款支出年初预算为30.00万元，"
                + "支出决算为12.50万元，完成预算的41.67%，其中：因公出国（境）费决算为0万元，完成预算的0%；"
                + "公务用车购置及运行维护费支出决算为10.20万元，完成预算的56.67%；公务接待费支出决算为2.30万元，"
                + "完成预算的19.17%。2022年度“三公”经费支出决算数小于预算数的主要原因：压减一般性支出。"));
    }

    @Test
    void reasonForALaterSentenceOnlyWithinReach() {
        // a reason two sentences and a long stretch away does not explain the first pair
        assertEquals(List.of(Outcome.FAIL), outcomes("行政运行（项）年初预算为300.00万元，支出决算为200.00万元。"
                + "本年度继续加强预算管理，严格控制一般性支出，压减非急需非刚性支出，全面落实过紧日子要求，"
                + "确保各项重点工作资金需求，进一步提高财政资金使用效益，推动各项事业持续健康发展，"
                + "加强资产管理，规范政府采购行为，强化绩效管理，提升资金使用效率，完善内部控制制度建设。"
                + "其他收入增加的原因是利息收入增加。"));
    }

    @Test
    void aDifferenceLargeOnlyAgainstOneOfTwoBudgetsIsNotChecked() {
        // "合计年初预算为A，其中某项年初预算为C，支出决算为B": large against A, small against C; which base is meant
        // is not guessed (against the total it would be a false alarm)
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes("“三公”经费年初预算为16万元，其中公务接待费年初预算为5万元，"
                + "支出决算为4.8万元。"));
    }

    @Test
    void aTotalBudgetWithItsBreakdownBeforeTheFinalFigureKeepsTheTotalAsBase() {
        // both 年初 figures (合计 and 基本支出) are far from the 决算 figure: the difference needs a reason either way
        assertEquals(List.of(Outcome.FAIL), outcomes("本局年初预算为500万元（其中基本支出年初预算为300万元），"
                + "支出决算为200万元。"));
    }

    @Test
    void zeroBudgetWithSpendingNeedsAReason() {
        assertEquals(List.of(Outcome.FAIL), outcomes("行政单位医疗（项）。年初预算为0万元，支出决算为497.53万元。"));
        assertEquals(List.of(Outcome.PASS), outcomes("行政单位医疗（项）。年初预算为0万元，支出决算为497.53万元。"
                + "决算数大于预算数的主要原因是预算执行中调剂了预算。"));
    }

    @Test
    void thresholdIsAParameter() {
        String text = FinalFixtures.HEAD + "年初预算为100.00万元，支出决算为95.00万元，完成年初预算的95%。\n";
        budget.audit.rules.api.RuleContext strict = new budget.audit.rules.api.RuleContext(rule.id(),
                Map.of(Js010VarianceExplained.SHARE_PARAM, "3"));
        rule.evaluate(TextFiling.of(text), strict);
        assertEquals(List.of(Outcome.FAIL), strict.checks().stream().map(Check::outcome).toList());
        assertEquals(List.of(Outcome.PASS), outcomes("年初预算为100.00万元，支出决算为95.00万元，完成年初预算的95%。"));
    }
}
