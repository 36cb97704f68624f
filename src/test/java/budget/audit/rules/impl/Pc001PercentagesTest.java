package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.arith.Interval;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Pc001PercentagesTest {

    @Test
    void sharesAreRecomputedFromTheHeadline() {
        List<Check> checks = TextFiling.run(new Pc001Percentages(), TextFiling.of("滨海市测试局2024年部门预算\n一、收入预算\n"
                + "2024年收入预算800万元，其中：一般公共预算拨款收入600万元，占75%；事业收入200万元，占26%。\n"));
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("25.00", checks.get(1).computed().toPlainString());
    }

    @Test
    void ratesFromLastYearsAndThisYearsFigures() {
        List<Check> checks = TextFiling.run(new Pc001Percentages(), TextFiling.of("滨海市测试局2024年部门预算\n一、支出\n"
                + "住房公积金2023年当年预算执行数为200.00万元，2024年预算安排210.00万元，比2023年预算执行数增加5.00%。"
                + "购房补贴2023年当年预算执行数为100.00万元，2024年预算安排101.00万元，比2023年预算执行数增加0.53%。\n"));
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("1.00", checks.get(1).computed().toPlainString());
    }

    @Test
    void ratesFromAStatedChange() {
        List<Check> checks = TextFiling.run(new Pc001Percentages(), TextFiling.of("滨海市测试局2024年部门预算\n一、收入\n"
                + "2024年收入预算92万元，比2023年预算减少8万元，减少8%，主要原因是项目减少。\n"));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void lastYearsFigureWrittenWithDeIsNotThisYearsFigure() {
        // "…为400万元,较2023年的500万元减少100万元,下降20%": the figure after "较2023年的" is last year's, so the
        // decrease is measured against 500, not against 500 + 100
        List<Check> checks = TextFiling.run(new Pc001Percentages(), TextFiling.of("滨海市测试局2024年部门预算\n一、“三公”经费\n"
                + "2024年“三公”经费预算总额为400万元,较2023年的500万元减少100万元,下降20%;"
                + "公务接待费60.00万元,较上年的64.00万元减少4.00万元,下降6.25%。"
                + "公务用车运行维护费30.00万元,比2023年的预算数40.00万元减少10.00万元,下降25.00%。\n"));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void lastYearsFigureWrittenWithWeiIsNotThisYearsFigure() {
        // "上年为…", "2023年预算为…", "上年预算数为…": last year's figure stated between this year's and the change
        List<Check> checks = TextFiling.run(new Pc001Percentages(), TextFiling.of("滨海市测试局2024年部门预算\n一、“三公”经费\n"
                + "2024年“三公”经费预算12.00万元，上年为16.00万元，减少4.00万元，下降25.00%。\n"
                + "二、机关运行经费\n2024年机关运行经费预算30.00万元，2023年预算为40.00万元，减少10.00万元，下降25.00%。\n"
                + "三、政府采购\n2024年政府采购预算75.00万元，上年预算数为60.00万元，增加15.00万元，增长25.00%。\n"));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void quotientTakesTheExtremeCorners() {
        Interval q = Pc001Percentages.quotient(new Interval(new BigDecimal("1"), new BigDecimal("2")),
                new Interval(new BigDecimal("4"), new BigDecimal("5")));
        assertEquals(0, q.lo().compareTo(new BigDecimal("0.2")));
        assertEquals(0, q.hi().compareTo(new BigDecimal("0.5")));
    }
}
