package budget.audit.parse;

import budget.audit.ingest.InputException;
import budget.audit.ingest.text.TextNormalizer;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FactStatus;
import budget.audit.model.FilingKind;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static budget.audit.model.FactKeys.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic paragraphs (own wording) for each locator. */
class ProseParserTest {

    private static SourceDocument doc(String... lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, TextNormalizer.normalize(lines[i]), lines[i]));
        }
        return new SourceDocument("t.txt", "", "TEXT", "UTF-8", out);
    }

    private static BudgetFiling parse(String... lines) throws InputException {
        return new ProseParser().parse(doc(lines));
    }

    private static void assertAmount(BudgetFiling f, String key, String printed, Unit unit, int line) {
        Fact fact = f.prose(key).orElseThrow(() -> new AssertionError("no " + key + " in " + f.facts()));
        assertEquals(printed, fact.amount().printed(), key);
        assertEquals(unit, fact.amount().unit(), key);
        assertEquals(line, fact.source().line(), key + " line");
    }

    private static void assertWan(BudgetFiling f, String key, String printed, int line) {
        assertAmount(f, key, printed, Unit.WAN_YUAN, line);
    }

    @Test
    void sanGongTotalPartsChangesPreviousAndUnreadable() throws Exception {
        BudgetFiling f = parse(
                "某某市档案馆2024年部门预算",
                "2024年“三公”经费预算数为12.50万元，比上年减少1.5万元。其中：",
                "因公出国（境）费2万元，与上年持平；",
                "公务用车购置及运行维护费6.5万元，其中：公务用车购置费0万元，公务用车运行费6.5万元；",
                "公务接待费XX万元，上年预算5万元。",
                "机关运行经费预算30万元，包括办公费10万元、公务接待费20万元。");
        assertEquals("某某市档案馆", f.department());
        assertEquals(2024, f.year());
        assertEquals(FilingKind.DEPARTMENT, f.kind());
        assertWan(f, SANGONG_TOTAL, "12.50", 2);
        assertEquals(2, f.prose(SANGONG_TOTAL).orElseThrow().amount().decimals());
        assertWan(f, FactKeys.change(SANGONG_TOTAL), "-1.5", 2);
        assertWan(f, SANGONG_ABROAD, "2", 3);
        assertWan(f, FactKeys.change(SANGONG_ABROAD), "0", 3);
        assertWan(f, SANGONG_VEHICLE, "6.5", 4);
        assertWan(f, SANGONG_VEHICLE_PURCHASE, "0", 4);
        assertWan(f, SANGONG_VEHICLE_OPERATION, "6.5", 4);
        Fact reception = f.prose(SANGONG_RECEPTION).orElseThrow();
        assertEquals(FactStatus.UNREADABLE, reception.status());
        assertNull(reception.amount());
        assertEquals(5, reception.source().line());
        assertEquals(1, f.issues().size());
        assertEquals("UNREADABLE_AMOUNT", f.issues().get(0).code());
        assertWan(f, FactKeys.previous(SANGONG_RECEPTION), "5", 5);
        assertEquals(1, f.facts(SANGONG_RECEPTION).size(), "the 机关运行经费 item is not a “三公” part");
        assertEquals(2, f.facts(JY_ITEM).size());
    }

    @Test
    void sanGongPhrasingsAllRead() throws Exception {
        assertWan(parse("2023年一般公共预算“三公”经费安排9.8万元，与2022年预算相比减少2.2万元。"),
                SANGONG_TOTAL, "9.8", 1);
        assertWan(parse("2023年“三公”经费预算1.0万元，比2022年增加0.2万元。"), SANGONG_TOTAL, "1.0", 1);
        BudgetFiling f = parse("2023年\"三公\"经费预算数为0.6万元，与2022年预算持平。");
        assertWan(f, SANGONG_TOTAL, "0.6", 1);
        assertWan(f, FactKeys.change(SANGONG_TOTAL), "0", 1);
    }

    @Test
    void incomeTotalAndSourcesIgnoringSharesAndReasons() throws Exception {
        BudgetFiling f = parse(
                "本单位2025年收入预算合计500万元，比上年增加12.5万元，主要原因是人员经费拨款增加7万元。",
                "其中：财政拨款收入400万元，占80%；事业收入80万元，占16%；上年结转结余20万元，占4%。");
        assertWan(f, INCOME_TOTAL, "500", 1);
        assertWan(f, FactKeys.change(INCOME_TOTAL), "12.5", 1);
        assertEquals(List.of("财政拨款收入", "事业收入", "上年结转结余"),
                f.facts(INCOME_SOURCE).stream().map(Fact::label).toList());
        assertEquals(2, f.facts(INCOME_SOURCE).get(2).source().line());
        assertTrue(f.facts().stream().noneMatch(x -> x.readable() && x.amount().unit() == Unit.PERCENT),
                "shares are not amounts");
        assertTrue(f.facts().stream().noneMatch(x -> x.readable() && x.amount().printed().equals("7")),
                "a reason's number is not a fact");
    }

    @Test
    void incomeWithGenericHeadlineAndSubjectChange() throws Exception {
        BudgetFiling f = parse("收入预算：2025年年初预算数300万元，其中：一般公共预算拨款300万元，事业收入0万元。收入较去年减少20万元。");
        assertWan(f, INCOME_TOTAL, "300", 1);
        assertWan(f, FactKeys.change(INCOME_TOTAL), "-20", 1);
        assertEquals(2, f.facts(INCOME_SOURCE).size());
    }

    @Test
    void expenditureScopesAreKeptApart() throws Exception {
        BudgetFiling f = parse(
                "本单位支出预算500万元，比上年增长10万元，其中：基本支出300万元、项目支出180万元、上缴上级支出20万元。",
                "一般公共预算财政拨款支出 400 万元，比上年增加 5 万元。",
                "一般公共预算基本支出250万元，其中：人员经费200万元，公用经费50万元。");
        assertWan(f, EXPENDITURE_TOTAL, "500", 1);
        assertEquals(1, f.facts(EXPENDITURE_TOTAL).size());
        assertWan(f, FactKeys.change(EXPENDITURE_TOTAL), "10", 1);
        assertWan(f, EXPENDITURE_BASIC, "300", 1);
        assertWan(f, EXPENDITURE_PROJECT, "180", 1);
        assertEquals("上缴上级支出", f.prose(EXPENDITURE_OTHER_KIND).orElseThrow().label());
        assertWan(f, FISCAL_EXPENDITURE, "400", 2);
        assertWan(f, FactKeys.change(FISCAL_EXPENDITURE), "5", 2);
        assertWan(f, GENERAL_BASIC, "250", 3);
        assertWan(f, PERSONNEL, "200", 3);
        assertWan(f, PUBLIC_EXPENSES, "50", 3);
    }

    @Test
    void sentenceBrokenAcrossLinesAndBlankLinesKeepsLineNumbers() throws Exception {
        BudgetFiling f = parse(
                "(二) 支出预算：2023 年年初预算数 100 万元，其中：一般公共服务支出预算 60 万元，教育支出预算 0 万元，社",
                "",
                "会保障和就业支出预算 40 万元。支出预算较 2022 年增加 6 万元，比",
                "",
                "2022 年预算多。");
        assertWan(f, EXPENDITURE_TOTAL, "100", 1);
        assertEquals(List.of("一般公共服务支出", "教育支出", "社会保障和就业支出"),
                f.facts(FUNCTION_CLASS).stream().map(Fact::label).toList());
        assertEquals(3, f.facts(FUNCTION_CLASS).get(2).source().line());
        assertEquals("会保障和就业支出预算 40 万元。支出预算较 2022 年增加 6 万元，比",
                f.facts(FUNCTION_CLASS).get(2).source().text());
        assertWan(f, FactKeys.change(EXPENDITURE_TOTAL), "6", 3);
    }

    @Test
    void tableRowsAreNotProse() throws Exception {
        BudgetFiling f = parse("2023年部门预算", "“三公”经费预算2万元。", "合计\t5.00\t3.00", "公务接待费\t2.00");
        assertWan(f, SANGONG_TOTAL, "2", 2);
        assertTrue(f.facts(SANGONG_RECEPTION).isEmpty());
        assertTrue(f.tables().isEmpty());
    }

    @Test
    void jyItemsProcurementVehiclesAndPerformance() throws Exception {
        BudgetFiling f = parse(
                "2024年机关运行经费预算30.5万元，比上年减少0.5万元，包括办公费10万元、差旅费 20 万元，其他费用0.5万元。",
                "2024年本单位政府采购预算100万元，其中：政府采购货物预算40万元、政府采购工程预算0万元、政府采购服务预算60万元；"
                        + "其中一般公共预算拨款政府采购100万元：政府采购货物预算40万元。",
                "截至2023年底，本单位共有车辆2辆，2024年安排购置车辆1辆。",
                "2024年本单位实行绩效目标管理的项目3个，涉及预算金额88.8万元。");
        assertWan(f, JY_TOTAL, "30.5", 1);
        assertWan(f, FactKeys.change(JY_TOTAL), "-0.5", 1);
        assertEquals(List.of("办公费", "差旅费", "其他费用"), f.facts(JY_ITEM).stream().map(Fact::label).toList());
        assertWan(f, PROCUREMENT_TOTAL, "100", 2);
        assertEquals(1, f.facts(PROCUREMENT_TOTAL).size());
        assertWan(f, PROCUREMENT_GOODS, "40", 2);
        assertEquals(1, f.facts(PROCUREMENT_GOODS).size());
        assertWan(f, PROCUREMENT_WORKS, "0", 2);
        assertWan(f, PROCUREMENT_SERVICES, "60", 2);
        assertAmount(f, VEHICLE_COUNT, "2", Unit.VEHICLE, 3);
        assertEquals(1, f.facts(VEHICLE_COUNT).size());
        assertAmount(f, PERFORMANCE_PROJECT_COUNT, "3", Unit.ITEM, 4);
        assertWan(f, PERFORMANCE_AMOUNT, "88.8", 4);
    }

    @Test
    void changeWrittenInYuanIsKeptAsWritten() throws Exception {
        BudgetFiling f = parse(
                "五、关于一般公共预算支出情况表的说明",
                "“一般公共服务支出”170.5万元，与2022年预算相比增加490.6元。");
        assertAmount(f, GENERAL_FUNCTION_CLASS, "170.5", Unit.WAN_YUAN, 2);
        assertAmount(f, FactKeys.change(GENERAL_FUNCTION_CLASS), "490.6", Unit.YUAN, 2);
    }

    @Test
    void headerFromLabelledLineAndUnitKind() throws Exception {
        BudgetFiling f = parse("预算单位名称：某某县图书馆", "2022年单位预算", "收入预算合计10万元。");
        assertEquals("某某县图书馆", f.department());
        assertEquals(2022, f.year());
        assertEquals(FilingKind.UNIT, f.kind());
        BudgetFiling title = parse("某某区文化馆（本级）2021年单位预算情况说明", "收入预算合计10万元。");
        assertEquals("某某区文化馆（本级）", title.department());
        assertEquals(2021, title.year());
    }

    @Test
    void nonBudgetTextIsRejected() {
        InputException e = assertThrows(InputException.class,
                () -> parse("今天天气很好。", "我们去公园散步，买了3个苹果，花了10元。"));
        assertEquals("t.txt", e.fileName());
        assertTrue(e.reason().startsWith("不是预算公开文件："), e.reason());
        InputException noAmounts = assertThrows(InputException.class,
                () -> parse("关于加强预算管理的通知", "各单位要严格执行预算。"));
        assertTrue(noAmounts.reason().startsWith("不是预算公开文件："), noAmounts.reason());
    }
}
