package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.FactKeys.*;
import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the reading is not sure (mixed levels, mixed scopes, a wider definition, a list without base) no finding. */
class FailClosedBindingTest {

    @Test
    void sr001SkipsASourceListHoldingASubtotalRow() {
        List<Check> checks = run(new Sr001IncomeBySource(), filing()
                .table("收支总表", INCOME_TOTAL, "4651.67", WAN_YUAN)
                .table("收支总表", INCOME_SOURCE, "一般公共预算拨款收入", "4651.67", WAN_YUAN)
                .table("收支总表", INCOME_SOURCE, "小计", "4651.67", WAN_YUAN)
                .table("收支总表", INCOME_SOURCE, "一般公共预算", "4651.67", WAN_YUAN).build());
        assertEquals(List.of(Outcome.NOT_APPLICABLE), checks.stream().map(Check::outcome).toList());
        assertTrue(String.valueOf(checks.getFirst().args().get("missing")).contains("小计"), checks.toString());
    }

    @Test
    void sr001StillChecksAPlainSourceList() {
        List<Check> checks = run(new Sr001IncomeBySource(), filing()
                .table("收支总表", INCOME_TOTAL, "100", WAN_YUAN)
                .table("收支总表", INCOME_SOURCE, "一般公共预算拨款收入", "90", WAN_YUAN)
                .table("收支总表", INCOME_SOURCE, "其他收入", "5", WAN_YUAN).build());
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void zc002DoesNotMixTheDepartmentsBasicWithAGeneralBudgetTablesParts() {
        List<Check> checks = run(new Zc002BasicExpenditure(), filing()
                .table("部门支出总表", EXPENDITURE_BASIC, "11056.07", WAN_YUAN)
                .table("一般公共预算基本支出表", PERSONNEL, "7504.62", WAN_YUAN)
                .table("一般公共预算基本支出表", PUBLIC_EXPENSES, "2376.26", WAN_YUAN).build());
        assertTrue(checks.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.outcome() == Outcome.NOT_APPLICABLE), checks.toString());
    }

    @Test
    void zc002ChecksPartsOfOneTable() {
        List<Check> checks = run(new Zc002BasicExpenditure(), filing()
                .table("部门支出总表", EXPENDITURE_BASIC, "11056.07", WAN_YUAN)
                .table("部门支出总表", PERSONNEL, "7504.62", WAN_YUAN)
                .table("部门支出总表", PUBLIC_EXPENSES, "2376.26", WAN_YUAN).build());
        assertTrue(checks.stream().anyMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
    }

    @Test
    void jy002SkipsAFilingWhoseRunningCostsIncludePurchases() {
        String head = "滨海市测试局2026年部门预算\n"
                + "本部门基本支出包括人员经费500万元、公用经费100万元。\n"
                + "2026年本单位机关运行经费财政拨款预算150万元，较上年减少1万元。\n";
        String wide = "九、行政经费（机关运行经费）：指用于维持行政单位机关运行的经费。具体包括：办公费、印刷费、办公设备购置、公务用车购置经济科目对应的预算资金。\n";
        String narrow = "九、机关运行经费：是指行政单位的公用经费，包括办公费、印刷费、一般设备购置费。\n";
        assertEquals(List.of(Outcome.NOT_APPLICABLE), TextFiling.outcomes(new Jy002RunningCostWithinPublic(), head + wide));
        assertEquals(List.of(Outcome.FAIL), TextFiling.outcomes(new Jy002RunningCostWithinPublic(), head + narrow));
    }

    @Test
    void pc001TakesNoBaseFromAListOfParts() {
        String text = "滨海市测试局2026年部门预算\n"
                + "2.按支出用途分类，包括人员支出2906.80万元，占49.4%；日常公用支出838.27万元，占14.3%；项目支出2131.61万元，占36.3%。\n";
        assertEquals(List.of(), TextFiling.outcomes(new Pc001Percentages(), text));
        String withBase = "滨海市测试局2026年部门预算\n"
                + "支出预算1000万元，其中人员支出494万元，占49.4%；日常公用支出143万元，占14.3%。\n";
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), TextFiling.outcomes(new Pc001Percentages(), withBase));
    }

    @Test
    void pc001ReportsACutOffPercentageAsTruncationNotAsAMisstatement() {
        String cut = "滨海市测试局2026年部门预算\n"
                + "一般公共预算收入1101.58万元，与上年相比增加101.58万元，增长10.15%。\n";
        assertEquals(List.of(Outcome.TRUNCATION), TextFiling.outcomes(new Pc001Percentages(), cut));
        String wrong = "滨海市测试局2026年部门预算\n"
                + "一般公共预算收入1101.58万元，与上年相比增加101.58万元，增长10.13%。\n";
        assertEquals(List.of(Outcome.FAIL), TextFiling.outcomes(new Pc001Percentages(), wrong));
    }

    @Test
    void sr002DoesNotCompareThisYearsIncomeWithSpendingThatIncludesCarryOver() {
        java.util.function.Function<String, List<Check>> run = incomeRow -> {
            var income = new budget.audit.model.Fact(INCOME_TOTAL, "收入合计",
                    budget.audit.model.Amount.of("32380.09", WAN_YUAN), budget.audit.model.FactStatus.READ,
                    budget.audit.model.Fact.Origin.TABLE,
                    budget.audit.model.Provenance.ofLine("t.txt", 1, incomeRow).inTable("收支总表（收入）", incomeRow, "预算数"));
            var spending = new budget.audit.model.Fact(EXPENDITURE_TOTAL, "支出合计",
                    budget.audit.model.Amount.of("32852.05", WAN_YUAN), budget.audit.model.FactStatus.READ,
                    budget.audit.model.Fact.Origin.TABLE,
                    budget.audit.model.Provenance.ofLine("t.txt", 2, "合计").inTable("支出总表", "合计", "合计"));
            var doc = new budget.audit.model.SourceDocument("t.txt", "0".repeat(64), "text", "UTF-8", List.of());
            var filing = new budget.audit.model.BudgetFiling(doc, "测试部门", 2026,
                    budget.audit.model.FilingKind.DEPARTMENT, List.of(income, spending), List.of(), List.of());
            return run(new Sr002IncomeEqualsExpenditure(), filing);
        };
        assertEquals(List.of(Outcome.NOT_APPLICABLE), run.apply("本年收入合计").stream().map(Check::outcome).toList());
        assertEquals(List.of(Outcome.FAIL), run.apply("收入总计").stream().map(Check::outcome).toList());
    }

    @Test
    void xt001DoesNotCompareTheProseTotalWithANarrowerTableRow() {
        List<Check> thisYear = run(new Xt001ProseMatchesTable(), filing()
                .prose(INCOME_TOTAL, "50616.94", WAN_YUAN)
                .table("部门收支总表（收入）", INCOME_TOTAL, "本年收入合计", "48362.82", WAN_YUAN).build());
        assertTrue(thisYear.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), thisYear.toString());
        List<Check> general = run(new Xt001ProseMatchesTable(), filing()
                .prose(EXPENDITURE_TOTAL, "9483.72", WAN_YUAN)
                .table("表5 一般公共预算支出情况表（按功能分类科目）", EXPENDITURE_TOTAL, "9433.72", WAN_YUAN).build());
        assertTrue(general.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), general.toString());
        List<Check> same = run(new Xt001ProseMatchesTable(), filing()
                .prose(INCOME_TOTAL, "50616.94", WAN_YUAN)
                .table("部门收支总表（收入）", INCOME_TOTAL, "收入总计", "48362.82", WAN_YUAN).build());
        assertTrue(same.stream().anyMatch(c -> c.outcome() == Outcome.FAIL), same.toString());
    }
}
