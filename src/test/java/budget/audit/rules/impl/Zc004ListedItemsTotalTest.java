package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Zc004ListedItemsTotalTest {

    private static String text(String heading, String third) {
        return "滨海市测试局2024年部门预算\n"
                + "支出预算500.00万元，其中：财政拨款支出预算500.00万元，比2023年预算减少20.00万元。\n"
                + heading + "\n"
                + "1.“一般公共服务支出（类）统计信息事务（款）行政运行（项）”300.00万元，主要用于机关运行。\n"
                + "2.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”120.00万元，主要用于养老保险缴费。\n"
                + "3.“住房保障支出（类）住房改革支出（款）住房公积金（项）”" + third + "万元，主要用于住房公积金。\n";
    }

    private static List<Check> run(String text) {
        return TextFiling.run(new Zc004ListedItemsTotal(), TextFiling.of(text));
    }

    @Test
    void listedItemsAddUpToTheFiscalExpenditure() {
        List<Check> checks = run(text("财政拨款支出主要内容如下：", "80.00"));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals(3, checks.get(0).args().get("count"));
    }

    @Test
    void aShortListUnderACompleteHeadingFails() {
        List<Check> checks = run(text("财政拨款支出主要内容如下：", "60.00"));
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("480.00", checks.get(0).computed().toPlainString());
        assertEquals("20.00", checks.get(0).difference().toPlainString());
    }

    @Test
    void itemsAboveTheTotalFailWhateverTheHeading() {
        List<Check> checks = run(text("财政拨款支出主要用于：", "100.00"));
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("-20.00", checks.get(0).difference().toPlainString());
    }

    @Test
    void aShortListOfMainItemsIsNotJudged() {
        List<Check> checks = run(text("财政拨款支出主要用于：", "60.00"));
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void anEntryNotReadAsAnItemLeavesTheSumUnchecked() {
        // the wording of seed 004 (lines 81-89): entries named by the 项 alone, "“行政运行”科目276.707715万元"
        String t = "滨海市测试局2024年部门预算\n财政拨款支出预算500.00万元。\n财政拨款支出主要内容如下：\n"
                + "1.“行政运行”科目300.00万元，主要用于机关运行。\n"
                + "2.“机关事业单位基本养老保险缴费支出”科目120.00万元，主要用于养老保险缴费。\n";
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), run(t).stream().map(Check::outcome).toList());
    }

    @Test
    void mixedLevelsAreNotAdded() {
        String t = text("财政拨款支出主要内容如下：", "80.00")
                + "4.“住房保障支出”科目80.00万元。\n";
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), run(t).stream().map(Check::outcome).toList());
    }
}
