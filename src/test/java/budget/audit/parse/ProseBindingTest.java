package budget.audit.parse;

import budget.audit.ingest.InputException;
import budget.audit.ingest.text.TextNormalizer;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static budget.audit.model.FactKeys.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number binds to a department-level concept only by an unambiguous phrasing: sentences of our own in the
 * layouts seen in other regions' filings (Jiangsu, Suzhou, Beijing, central departments).
 */
class ProseBindingTest {

    private static BudgetFiling parse(String... lines) throws InputException {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, TextNormalizer.normalize(lines[i]), lines[i]));
        }
        return new ProseParser().parse(new SourceDocument("t.txt", "", "TEXT", "UTF-8", out));
    }

    private static List<String> values(BudgetFiling f, String key) {
        return f.facts().stream().filter(x -> x.key().equals(key) && x.origin() == Fact.Origin.PROSE)
                .map(x -> x.amount().printed()).toList();
    }

    private static List<String> labels(BudgetFiling f, String key) {
        return f.facts().stream().filter(x -> x.key().equals(key)).map(Fact::label).toList();
    }

    @Test
    void departmentTotalWithOwnerAndYearBindsButSangongItemsDoNot() throws Exception {
        BudgetFiling f = parse(
                "某某省某某厅2025年度部门预算",
                "某某省某某厅2025年度收入、支出预算总计1000万元，与上年相比收、支预算总计各增加10万元。",
                "某某省某某厅2025年度一般公共预算拨款安排的“三公”经费支出预算30万元。其中：",
                "1．因公出国（境）费预算支出12.5万元，比上年预算减少2万元。",
                "2．公务用车购置及运行费预算支出10万元。",
                "3．公务接待费预算支出7.5万元，比上年预算减少1万元。",
                "某某省某某厅2025年度一般公共预算拨款安排的会议费预算支出40万元，比上年预算增加4万元。");
        assertEquals(List.of("1000"), values(f, EXPENDITURE_TOTAL));
        assertEquals(List.of(), values(f, GENERAL_EXPENDITURE));
        assertEquals(List.of("30"), values(f, SANGONG_TOTAL));
        assertEquals(List.of("12.5"), values(f, SANGONG_ABROAD));
        assertEquals(List.of("7.5"), values(f, SANGONG_RECEPTION));
    }

    @Test
    void fiscalWholeBindsButItsBasicPartDoesNot() throws Exception {
        BudgetFiling f = parse(
                "某某院2025年部门预算",
                "某某院2025年财政拨款预算支出800万元，占本年支出合计的100%。",
                "某某院2025年度财政拨款基本支出预算500万元，其中：",
                "（一）人员经费400万元。",
                "（二）公用经费100万元。",
                "某某院2025年一般公共预算财政拨款支出预算800万元，与上年相比增加8万元。");
        assertEquals(List.of("800", "800"), values(f, FISCAL_EXPENDITURE));
    }

    @Test
    void aNamedFundIsNoIncomeTotalAndSubtotalIsNoSource() throws Exception {
        BudgetFiling f = parse(
                "某某办公厅2025年部门预算",
                "某某办公厅2025年收入预算合计900万元，其中：一般公共预算收入850万元，小计850万元，其他收入50万元。",
                "2．财政专户管理资金收入预算总计0万元。与上年相比增加（减少）0万元。");
        assertEquals(List.of("900"), values(f, INCOME_TOTAL));
        assertEquals(List.of("一般公共预算收入", "其他收入"), labels(f, INCOME_SOURCE));
    }

    @Test
    void narrowPageLinesAreRejoinedSoTheSangongTotalKeepsItsLabel() throws Exception {
        BudgetFiling f = parse(
                "某某市某某局2026年度部门预算",
                "某某市某某局2026年度一般公共预算拨款安排的“三公”经",
                "费支出预算10万元，比上年预算减少3万元，变动原因三公经费",
                "支出下降。其中，因公出国（境）费支出0万元，占“三公”经费",
                "的0%；公务用车购置及运行维护费支出0万元，占“三公”经费的",
                "0%；公务接待费支出10万元，占“三公”经费的100%。",
                "这一行有二十六个字符左右用于确定页面宽度的正文内容行甲",
                "这一行有二十六个字符左右用于确定页面宽度的正文内容行乙",
                "这一行有二十六个字符左右用于确定页面宽度的正文内容行丙。");
        assertEquals(List.of("10"), values(f, SANGONG_TOTAL));
        assertEquals(List.of(), values(f, EXPENDITURE_TOTAL));
        assertEquals(List.of("10"), values(f, SANGONG_RECEPTION));
    }

    @Test
    void classMarkedLeiIsAFunctionClassAndFiscalListingsAreNotTheDepartments() throws Exception {
        BudgetFiling f = parse(
                "某某院2025年部门预算",
                "（二）支出预算总计1000万元。包括：",
                "1．公共安全（类）支出700万元。主要用于行政支出。",
                "2．社会保障和就业支出100万元。主要用于养老保险缴费。",
                "3、住房保障支出200万元。主要用于住房公积金。");
        assertEquals(List.of("公共安全支出", "社会保障和就业支出", "住房保障支出"), labels(f, FUNCTION_CLASS));

        BudgetFiling fiscal = parse(
                "某某局2026年部门预算",
                "四、财政拨款收支总体情况",
                "2026年财政拨款收支总预算500万元。收入包括：一般公共预算拨款收入500万元；支出包括：一般公共服务支出450万元，社会保障和就业支出50万元。");
        assertEquals(List.of(), labels(fiscal, FUNCTION_CLASS));
    }

    @Test
    void startOfYearBudgetIsLastYearsFigure() throws Exception {
        BudgetFiling f = parse(
                "某某局2026年部门预算",
                "2026年度收入预算1100万元，比2025年年初预算数1000万元增加100万元，增长10%。");
        assertEquals(List.of("1100"), values(f, INCOME_TOTAL));
        assertEquals(List.of(), values(f, INCOME_SOURCE));
        assertEquals(List.of("1000"), values(f, previous(INCOME_TOTAL)));
        assertEquals(List.of("100"), values(f, change(INCOME_TOTAL)));
    }

    @Test
    void wholeDepartmentPerformanceAmountIsNotTheProjects() throws Exception {
        BudgetFiling f = parse(
                "某某局2026年部门预算",
                "2026年度，本部门整体支出纳入绩效目标管理，涉及财政性资金4000万元；本部门共7个项目纳入绩效目标管理，涉及财政性资金合计300万元。");
        assertEquals(List.of("300"), values(f, PERFORMANCE_AMOUNT));

        BudgetFiling whole = parse(
                "某某院2019年部门预算",
                "2019年本部门实行整体支出绩效目标管理，涉及财政性资金合计37000万元。");
        assertTrue(values(whole, PERFORMANCE_AMOUNT).isEmpty(), whole.facts().toString());
    }

    @Test
    void performanceProjectsNamedAfterTheCountAndFundsAfterIt() throws Exception {
        // the wording of hangzhou-meteorology-2026-budget.pdf p.10: the count names its projects after the figure
        BudgetFiling f = parse(
                "某某局2026年部门预算",
                "2026年本部门其他运转类项目和特定目标类项目均实行绩效目标管理，共计3个一级项目，涉及资金2131.61万元。");
        assertEquals(List.of("3"), values(f, PERFORMANCE_PROJECT_COUNT));
        assertEquals(List.of("2131.61"), values(f, PERFORMANCE_AMOUNT));
        // the wording of yantai-veterans-2026-budget.html section 七: the funds follow the count without "涉及"
        BudgetFiling g = parse(
                "某某局2026年部门预算",
                "某某局2026年政策和项目全面实施绩效目标管理，涉及一级预算项目15个，预算资金4278万元，其中财政拨款1935万元。");
        assertEquals(List.of("15"), values(g, PERFORMANCE_PROJECT_COUNT));
        assertEquals(List.of("4278"), values(g, PERFORMANCE_AMOUNT));
    }

    @Test
    void aSangongPartNamedAfterTheTotalIsNotTheTotal() throws Exception {
        BudgetFiling f = parse(
                "某某局2026年部门预算",
                "本部门“三公”经费中的公务接待费5万元，用于接待来访。",
                "2026年本部门财政拨款安排“三公”经费19.86万元，比上年减少2万元。其中：公务接待费8.16万元。");
        assertEquals(List.of("19.86"), values(f, SANGONG_TOTAL));
        assertEquals(List.of("8.16"), values(f, SANGONG_RECEPTION));
    }

    @Test
    void aRunningCostItemNamedAfterTheTotalIsNotTheTotal() throws Exception {
        BudgetFiling f = parse(
                "某某局2026年部门预算",
                "机关运行经费中的办公费10万元，用于日常办公。",
                "2026年北京市某某局机关运行经费财政拨款预算163.76万元，比上年减少2万元。");
        assertEquals(List.of("163.76"), values(f, JY_TOTAL));
    }
}
