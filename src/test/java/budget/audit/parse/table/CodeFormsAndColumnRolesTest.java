package budget.audit.parse.table;

import budget.audit.model.BudgetTable;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classification codes in every printed form, and column roles read from headers through the layout profiles. */
class CodeFormsAndColumnRolesTest {

    @Test
    void codesInEveryPrintedForm() {
        assertEquals("201", Cells.code("201"));
        assertEquals("20101", Cells.code("20101"));
        assertEquals("2010101", Cells.code("2010101"));
        assertEquals("201", Cells.code("[201]"));
        assertEquals("2010101", Cells.code("[2010101]"));
        assertEquals("2010101", Cells.code("【2010101】"));
        assertEquals("2010101", Cells.code("201 01 01"));
        assertEquals("2010101", Cells.code("201-01-01"));
        assertNull(Cells.code("[201"), "unbalanced bracket");
        assertNull(Cells.code("3012"));
        assertNull(Cells.code("301 2"));
        assertNull(Cells.code("2019"));
        assertNull(Cells.code("125001"), "a six-digit unit code is no classification code");
    }

    @Test
    void codeAndNameInOneCell() {
        assertArrayEquals(new String[]{"201", "一般公共服务支出"}, Cells.codeAndName("[201]一般公共服务支出"));
        assertArrayEquals(new String[]{"2010801", "行政运行"}, Cells.codeAndName("2010801-行政运行"));
        assertArrayEquals(new String[]{"2010301", "行政运行"}, Cells.codeAndName("2010301 行政运行"));
        assertArrayEquals(new String[]{"2010101", "行政运行"}, Cells.codeAndName("201 01 01 行政运行"));
        assertNull(Cells.codeAndName("2019年预算"));
        assertNull(Cells.codeAndName("201 01"));
    }

    @Test
    void profilesAreLoadedOnceWithTheCommonFamily() {
        LayoutProfiles.Vocabulary v = LayoutProfiles.vocabulary();
        assertTrue(v.families().contains("财预〔2016〕143号 通用格式"), v.families().toString());
        assertTrue(v.families().contains("上海市"), v.families().toString());
        assertTrue(v.families().size() >= 4, v.families().toString());
        assertEquals("项目支出", ColumnNames.canonical("专项业务经费支出"));
        assertEquals("事业单位经营支出", ColumnNames.canonical("事业单位经营支出"));
        assertEquals(ColumnNames.TOTAL, ColumnNames.canonical("支出总计"));
        assertTrue(ColumnNames.isTextColumn("预算单位"));
    }

    @Test
    void columnNumberRowsAreNeitherHeaderNorData() {
        assertTrue(TableSlicer.isColumnNumberRow(List.of("栏次", "1", "2", "3")));
        assertTrue(TableSlicer.isColumnNumberRow(List.of("**", "**", "1", "2", "3", "4", "**")));
        assertTrue(TableSlicer.isColumnNumberRow(List.of("甲", "乙", "1", "2", "3=1+2")));
        assertFalse(TableSlicer.isColumnNumberRow(List.of("合计", "1", "2")));
        assertFalse(TableSlicer.isColumnNumberRow(List.of("1", "3", "5")));
    }

    @Test
    void unitColumnColumnNumberRowAndBracketCodes() {
        List<BudgetTable> tables = TableReader.read(TestDocs.of(
                "表3",
                "支出总表",
                "单位：万元",
                "预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出\t政府采购项目\t",
                "\t\t\t\t\t\t小计\t其中：中小企业",
                "栏次\t\t\t1\t2\t3\t4\t5",
                "某局（本级）\t\t\t300.00\t200.00\t100.00\t9.00\t9.00",
                "\t[201]\t一般公共服务支出\t300.00\t200.00\t100.00\t9.00\t9.00",
                "\t[20105]\t统计信息事务\t300.00\t200.00\t100.00\t9.00\t9.00",
                "\t[2010501]\t行政运行\t200.00\t200.00\t0.00\t0.00\t0.00",
                "\t[2010505]\t专项业务\t100.00\t0.00\t100.00\t9.00\t9.00"));
        assertEquals(1, tables.size());
        BudgetTable t = tables.getFirst();
        assertEquals(List.of("合计", "基本支出", "项目支出", "政府采购项目", "其中：中小企业"), t.columns());
        assertEquals(5, t.rows().size(), "the 栏次 row is not data");
        TableRow first = t.rows().getFirst();
        assertEquals("某局（本级）", first.name(), "named in the 预算单位 column");
        TableRow run = t.rows().get(3);
        assertEquals("2010501", run.code());
        assertEquals("行政运行", run.name());
        assertEquals("200.00", run.value(t.column("合计")).printed());
    }

    @Test
    void tableRepeatedOnTheNextPageIsOneTable() {
        List<SourceLine> lines = new ArrayList<>();
        String[] page1 = {"表7", "一般公共预算支出表", "单位：万元", "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "208\t社会保障和就业支出\t60.00\t60.00\t", "20805\t行政事业单位养老支出\t60.00\t60.00\t"};
        String[] page2 = {"某局2026年度部门预算公开", "2080505\t机关事业单位基本养老保险缴费支出\t40.00\t40.00\t",
            "2080506\t机关事业单位职业年金缴费支出\t20.00\t20.00\t"};
        String[] page3 = {"表7", "一般公共预算支出表", "单位：万元", "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "221\t住房保障支出\t5.00\t5.00\t"};
        int n = 0;
        for (String[] page : List.of(page1, page2, page3)) {
            n++;
            for (String l : page) {
                lines.add(new SourceLine(lines.size() + 1, l, l, n, null, List.of()));
            }
        }
        List<BudgetTable> tables = TableReader.read(new SourceDocument("f.pdf", "", "pdf", "UTF-8", lines));
        assertEquals(1, tables.size(), tables.toString());
        List<String> codes = tables.getFirst().rows().stream().map(TableRow::code).toList();
        assertEquals(List.of("208", "20805", "2080505", "2080506", "221"), codes);
    }

    @Test
    void groupSubtotalIsNamedByItsGroupAndSangongSubtotalIsTheTotal() {
        BudgetTable income = TableReader.read(TestDocs.of(
                "收入总表",
                "单位：万元",
                "\t合计\t本年收入\t\t\t上年结转结余\t\t",
                "\t\t小计\t一般公共预算资金\t其他收入\t小计\t一般公共预算资金\t单位资金",
                "合计\t110.00\t100.00\t90.00\t10.00\t10.00\t8.00\t2.00")).getFirst();
        assertEquals(List.of("合计", "本年收入", "本年收入/一般公共预算", "其他收入", "上年结转", "上年结转/一般公共预算", "单位资金"),
                income.columns());
        BudgetTable sangong = TableReader.read(TestDocs.of(
                "“三公”经费、会议费、培训费支出预算表",
                "单位：万元",
                "合计\t“三公”经费\t\t\t会议费\t培训费",
                "\t小计\t因公出国（境）费\t公务接待费\t\t",
                "30.00\t12.00\t10.00\t2.00\t8.00\t10.00")).getFirst();
        assertEquals("12.00", sangong.rows().getFirst().value(sangong.column("合计")).printed());
        assertEquals("30.00", sangong.rows().getFirst().value(sangong.column("总计")).printed());
    }

    @Test
    void sangongRowsPerYearGiveTheBudgetYear() {
        List<BudgetTable> tables = TableReader.read(TestDocs.of(
                "财政拨款“三公”经费支出表",
                "单位：万元",
                "年度\t合计\t因公出国（境）费\t公务接待费",
                "2025年\t59.62\t43.87\t15.75",
                "2026年\t32.56\t16.80\t15.76",
                "增减变化金额\t-27.06\t-27.07\t0.01"));
        var facts = TableFacts.from(tables, "f.txt");
        var total = facts.stream().filter(f -> f.key().equals(budget.audit.model.FactKeys.SANGONG_TOTAL)).toList();
        assertEquals(1, total.size(), facts.toString());
        assertEquals("32.56", total.getFirst().amount().printed());
    }

    @Test
    void sangongItemsAsRows() {
        List<BudgetTable> tables = TableReader.read(TestDocs.of(
                "财政拨款安排的行政经费及“三公”经费预算表",
                "单位：万元",
                "项目\t合计\t一般公共预算",
                "行政经费\t839.21\t839.21",
                "“三公”经费\t19.86\t19.86",
                "其中：（一）因公出国（境）支出\t5.00\t5.00",
                "（二）公务用车购置及运行维护支出\t6.70\t6.70",
                "（三）公务接待支出\t8.16\t8.16"));
        var facts = TableFacts.from(tables, "f.txt");
        java.util.Map<String, String> byKey = new java.util.HashMap<>();
        facts.forEach(f -> byKey.put(f.key(), f.amount().printed()));
        assertEquals("19.86", byKey.get(budget.audit.model.FactKeys.SANGONG_TOTAL));
        assertEquals("5.00", byKey.get(budget.audit.model.FactKeys.SANGONG_ABROAD));
        assertEquals("6.70", byKey.get(budget.audit.model.FactKeys.SANGONG_VEHICLE));
        assertEquals("8.16", byKey.get(budget.audit.model.FactKeys.SANGONG_RECEPTION));
    }
}
