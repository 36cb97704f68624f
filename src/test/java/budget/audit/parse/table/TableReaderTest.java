package budget.audit.parse.table;

import budget.audit.model.BudgetTable;
import budget.audit.model.BudgetTable.Part;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic tables written for these tests (no seed text). */
class TableReaderTest {

    private static List<String> printed(TableRow r) {
        return r.values().stream().map(a -> a == null ? "·" : a.printed()).toList();
    }

    /**
     * A web page or workbook drops the empty cells after the last filled one, so the total row of an empty table is
     * the bare word "合计": the note under it is still the table's note (as in the text filing, where the row keeps its
     * TABs).
     */
    @Test
    void aBareTotalRowOfAnEmptyTableKeepsTheNoteBelowIt() {
        for (String total : List.of("合计\t\t\t", "合计")) {
            SourceDocument doc = TestDocs.of(
                    "某局政府性基金预算支出功能分类预算表",
                    "单位：元",
                    "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出",
                    total,
                    "注：本单位无政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。",
                    "某局国有资本经营预算支出功能分类预算表",
                    "单位：元",
                    "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出",
                    "合计");
            List<BudgetTable> tables = TableReader.read(doc);
            assertEquals(2, tables.size(), total);
            assertTrue(tables.get(0).empty(), total);
            assertEquals("注：本单位无政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。", tables.get(0).note(), total);
            assertEquals(List.of("合计"), tables.get(0).rows().stream().map(TableRow::name).toList(), total);
        }
    }

    @Test
    void wrappedNamesAreRejoinedWhicheverLineCarriesTheFigures() {
        SourceDocument doc = TestDocs.of(
                "表2",
                "某局一般公共预算支出表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "合计\t\t1,300.00\t300.00\t1,000.00",
                "201\t一般公共服务支出\t1,300.00\t300.00\t1,000.00",
                "20103\t政府办公厅（室）及相关机 构事务\t1,300.00\t300.00\t1,000.00",
                "2010301\t行政运行\t250.00\t250.00\t",
                "2010302\t一般行政管理\t1,000.00\t\t1,000.00",
                "事务",
                "2010350\t事业单位离退休人员",
                "\t管理服务\t50.00\t50.00\t-",
                "",
                "以上为本部门支出预算。");
        List<BudgetTable> tables = TableReader.read(doc);
        assertEquals(1, tables.size());
        BudgetTable t = tables.get(0);
        assertEquals("表2", t.label());
        assertEquals(TableKind.GENERAL_BUDGET_EXPENDITURE, t.kind());
        assertEquals(List.of("", "201", "20103", "2010301", "2010302", "2010350"),
                t.rows().stream().map(TableRow::code).toList());
        assertEquals(List.of("合计", "一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行", "一般行政管理事务",
                "事业单位离退休人员管理服务"), t.rows().stream().map(TableRow::name).toList());
        assertEquals(List.of("1000.00", "·", "1000.00"), printed(t.row("2010302").orElseThrow()));
        assertEquals(List.of("50.00", "50.00", "·"), printed(t.row("2010350").orElseThrow()));
        assertEquals(9, t.row("2010302").orElseThrow().source().line());
        assertEquals("2010350\t事业单位离退休人员\n\t管理服务\t50.00\t50.00\t-",
                t.row("2010350").orElseThrow().source().text());
    }

    @Test
    void multiRowHeaderWithSplitCodesAndSpanningGroups() {
        SourceDocument doc = TestDocs.of(
                "附件3",
                "某区某办2024年部门支出总表",
                "编制单位：某区某办\t单位：元",
                "项目\t\t\t支出预算\t\t",
                "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
                "类\t款\t项\t\t\t\t",
                "201\t\t\t一般公共服务支出\t1,000.00\t600.00\t400.00",
                "\t03\t\t政府办公厅（室）及相关机构事务\t1,000.00\t600.00\t400.00",
                "\t\t01\t行政运行\t600.00\t600.00\t",
                "\t\t02\t一般行政管理事务\t400.00\t\t400.00",
                "221\t\t\t住房保障支出\t50.00\t50.00\t",
                "\t02\t\t住房改革支出\t50.00\t50.00\t",
                "\t\t01\t住房公积金\t50.00\t50.00\t",
                "合计\t\t\t\t1,050.00\t650.00\t400.00");
        BudgetTable t = TableReader.read(doc).get(0);
        assertEquals("附件3", t.label());
        assertEquals(Unit.YUAN, t.unit());
        assertEquals(TableKind.EXPENDITURE_SUMMARY, t.kind());
        assertEquals(List.of("合计", "基本支出", "项目支出"), t.columns());
        assertEquals(List.of("支出预算/合计", "支出预算/基本支出", "支出预算/项目支出"), t.columnHeaders());
        assertEquals(List.of("201", "20103", "2010301", "2010302", "221", "22102", "2210201", ""),
                t.rows().stream().map(TableRow::code).toList());
        TableRow total = t.totalRow().orElseThrow();
        assertEquals("合计", total.name());
        assertEquals(List.of("1050.00", "650.00", "400.00"), printed(total));
        assertEquals(2, t.rowsAtLevel(1).size());
        assertEquals(List.of("2010301", "2010302"),
                t.children(t.row("20103").orElseThrow()).stream().map(TableRow::code).toList());
    }

    @Test
    void headerRepeatedAfterPageBreakIsNotData() {
        List<SourceLine> lines = new ArrayList<>();
        String[] page1 = {"某单位一般公共预算基本支出经济分类预算表", "单位：万元",
                "经济分类科目\t\t2024年基本支出\t\t", "科目编码\t科目名称\t合计\t人员经费\t公用经费",
                "合计\t\t30.00\t20.00\t10.00", "301\t工资福利支出\t20.00\t20.00\t", "30101\t基本工资\t20.00\t20.00\t"};
        String[] page2 = {"某单位一般公共预算基本支出经济分类预算表", "单位：万元",
                "经济分类科目\t\t2024年基本支出\t\t", "科目编码\t科目名称\t合计\t人员经费\t公用经费",
                "302\t商品和服务支出\t10.00\t\t10.00", "30201\t办公费\t10.00\t\t10.00", "", "注：本表按经济分类列示。"};
        int n = 1;
        for (String s : page1) {
            lines.add(new SourceLine(n++, s, s, 1, null, List.of()));
        }
        for (String s : page2) {
            lines.add(new SourceLine(n++, s, s, 2, null, List.of()));
        }
        SourceDocument doc = new SourceDocument("x.pdf", "", "pdf", "UTF-8", lines);
        List<BudgetTable> tables = TableReader.read(doc);
        assertEquals(1, tables.size());
        BudgetTable t = tables.get(0);
        assertEquals(TableKind.BASIC_EXPENDITURE_ECONOMIC, t.kind());
        assertEquals(List.of("", "301", "30101", "302", "30201"), t.rows().stream().map(TableRow::code).toList());
        assertEquals(2, t.row("30201").orElseThrow().source().page());
        assertEquals("注：本表按经济分类列示。", t.note());
        assertFalse(t.empty());
    }

    @Test
    void dashAndBlankCellsAreNullNeverZero() {
        SourceDocument doc = TestDocs.of(
                "某办“三公”经费预算表",
                "单位：万元",
                "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费",
                "\t\t小计\t购置费\t运行费\t",
                "3.00\t-\t2.00\t—\t2.00\t1.00");
        BudgetTable t = TableReader.read(doc).get(0);
        assertEquals(TableKind.SANGONG, t.kind());
        assertEquals(List.of("合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费",
                "公务接待费"), t.columns());
        TableRow r = t.rows().get(0);
        assertNull(r.value(1));
        assertNull(r.value(3));
        assertEquals(List.of("3.00", "·", "2.00", "·", "2.00", "1.00"), printed(r));
        List<Fact> facts = TableFacts.from(List.of(t), "f.txt");
        assertEquals(List.of(FactKeys.SANGONG_TOTAL, FactKeys.SANGONG_VEHICLE, FactKeys.SANGONG_VEHICLE_OPERATION,
                FactKeys.SANGONG_RECEPTION), facts.stream().map(Fact::key).toList());
    }

    @Test
    void twoSidedSummaryBecomesIncomeAndExpenditureTables() {
        SourceDocument doc = TestDocs.of(
                "附件1：某局2024年部门收支总表",
                "单位：万元",
                "收入\t\t支出\t",
                "项目\t预算数\t项目\t预算数",
                "一、一般公共预算拨款收入\t900.00\t一、一般公共服务支出\t800.00",
                "二、事业收入\t100.00\t二、住房保障支出\t200.00",
                "三、其他收入\t-\t\t",
                "收入总计\t1,000.00\t支出总计\t1,000.00");
        List<BudgetTable> tables = TableReader.read(doc);
        assertEquals(2, tables.size());
        BudgetTable in = tables.get(0);
        BudgetTable out = tables.get(1);
        assertEquals("附件1", in.label());
        assertEquals("某局2024年部门收支总表（收入）", in.title());
        assertEquals(Part.INCOME, in.part());
        assertEquals(Part.EXPENDITURE, out.part());
        assertEquals(TableKind.INCOME_EXPENDITURE_SUMMARY, out.kind());
        assertEquals(List.of("一、一般公共预算拨款收入", "二、事业收入", "三、其他收入", "收入总计"),
                in.rows().stream().map(TableRow::name).toList());
        assertEquals(List.of("一、一般公共服务支出", "二、住房保障支出", "支出总计"),
                out.rows().stream().map(TableRow::name).toList());
        assertEquals("1000.00", out.totalRow().orElseThrow().value(0).printed());
        List<Fact> facts = TableFacts.from(tables, "f.txt");
        assertEquals(List.of("income.total 1000.00", "income.source 一般公共预算拨款收入 900.00",
                "income.source 事业收入 100.00"), facts.stream()
                .map(f -> f.key() + (f.key().equals(FactKeys.INCOME_SOURCE) ? " " + f.label() : "") + " "
                        + f.amount().printed()).toList());
    }

    @Test
    void missingUnitLineTakesTheProseUnit() {
        SourceDocument yuanProse = TestDocs.of(
                "2024年收入预算1000元，支出预算1000元，其中基本支出600元。",
                "某单位支出总表",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "合计\t\t1000\t600\t400");
        assertEquals(Unit.YUAN, TableReader.proseUnit(yuanProse));
        assertEquals(Unit.YUAN, TableReader.read(yuanProse).get(0).unit());
        assertEquals(Unit.WAN_YUAN, TableReader.read(yuanProse, Unit.WAN_YUAN).get(0).unit());
        SourceDocument wanProse = TestDocs.of(
                "2024年收入预算10.5万元，其中财政拨款10.5万元。",
                "某单位支出总表",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "合计\t\t10.50\t6.00\t4.50");
        assertEquals(Unit.WAN_YUAN, TableReader.read(wanProse).get(0).unit());
    }

    @Test
    void emptyTableWithNote() {
        SourceDocument doc = TestDocs.of(
                "附件6",
                "某单位政府性基金预算支出表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "空表",
                "",
                "附件7",
                "某单位国有资本经营预算支出表",
                "单位：万元",
                "本表为空。",
                "",
                "附件8",
                "某单位政府采购预算表",
                "单位：万元",
                "项目\t合计\t货物\t工程\t服务",
                "合计\t12.00\t10.00\t-\t2.00");
        List<BudgetTable> tables = TableReader.read(doc);
        assertEquals(3, tables.size());
        assertTrue(tables.get(0).empty());
        assertEquals("空表", tables.get(0).note());
        assertEquals(0, tables.get(0).rows().size());
        assertEquals(TableKind.STATE_CAPITAL, tables.get(1).kind());
        assertTrue(tables.get(1).empty());
        assertEquals("本表为空。", tables.get(1).note());
        BudgetTable procurement = tables.get(2);
        assertEquals(TableKind.PROCUREMENT, procurement.kind());
        assertEquals(List.of("合计", "货物", "工程", "服务"), procurement.columns());
        List<Fact> facts = TableFacts.from(tables, "f.txt");
        assertEquals(List.of("procurement.total=12.00", "procurement.goods=10.00", "procurement.services=2.00"),
                facts.stream().map(f -> f.key() + "=" + f.amount().printed()).toList());
    }

    @Test
    void tableOfContentsLinesAreNotTables() {
        SourceDocument doc = TestDocs.of(
                "附表：1.2024年某办财政拨款收支总表",
                "2.2024年某办一般公共预算财政拨款支出预算表",
                "- 3.2024 年某办“三公”经费支出表",
                "",
                "附件3",
                "",
                "2024年某办“三公”经费支出表",
                "",
                "单位：万元",
                "",
                "合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费",
                "1.00\t\t\t1.00");
        List<BudgetTable> tables = TableReader.read(doc);
        assertEquals(1, tables.size());
        assertEquals("附件3", tables.get(0).label());
        assertEquals("2024年某办“三公”经费支出表", tables.get(0).title());
    }

    @Test
    void xlsxCellRefsReachTheFactProvenance() {
        List<SourceLine> lines = List.of(
                new SourceLine(1, "某单位基本支出经济分类预算表", "某单位基本支出经济分类预算表", null, "表4", List.of("A1")),
                new SourceLine(2, "单位：元", "单位：元", null, "表4", List.of("A2")),
                new SourceLine(3, "科目编码\t科目名称\t合计\t人员经费\t公用经费", "", null, "表4",
                        List.of("A3", "B3", "C3", "D3", "E3")),
                new SourceLine(4, "合计\t\t150.00\t100.00\t50.00", "合计\t\t150.00\t100.00\t50.00", null, "表4",
                        List.of("A4", "B4", "C4", "D4", "E4")));
        SourceDocument doc = new SourceDocument("b.xlsx", "", "xlsx", "UTF-8", lines);
        BudgetTable t = TableReader.read(doc).get(0);
        assertEquals("E4", t.rows().get(0).valueRef(2));
        Fact pub = TableFacts.from(List.of(t), "b.xlsx").stream()
                .filter(f -> f.key().equals(FactKeys.PUBLIC_EXPENSES)).findFirst().orElseThrow();
        assertEquals("E4 公用经费", pub.source().cell());
        assertEquals("合计", pub.source().row());
        assertEquals("b.xlsx", pub.source().file());
    }

    @Test
    void classifierKnowsTheStandardTitles() {
        assertEquals(TableKind.FISCAL_SUMMARY, TableKindClassifier.classify("2023年部门财政拨款收支预算总表", ""));
        assertEquals(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKindClassifier.classify("部门财务收支预算总表", ""));
        assertEquals(TableKind.INCOME_SUMMARY, TableKindClassifier.classify("2023年部门收入预算总表", ""));
        assertEquals(TableKind.EXPENDITURE_SUMMARY, TableKindClassifier.classify("部门支出总表（功能科目分类到项）", ""));
        assertEquals(TableKind.GENERAL_BUDGET_EXPENDITURE,
                TableKindClassifier.classify("一般公共预算支出功能分类预算表", ""));
        assertEquals(TableKind.BASIC_EXPENDITURE_ECONOMIC,
                TableKindClassifier.classify("一般公共预算基本支出部门预算经济分类预算表", ""));
        assertEquals(TableKind.GOVERNMENT_ECONOMIC,
                TableKindClassifier.classify("一般公共预算财政拨款基本支出预算表", "政府预算经济科目 科目编码 科目名称 基本支出"));
        assertEquals(TableKind.SANGONG, TableKindClassifier.classify("部门“三公”经费和机关运行经费预算表", ""));
        assertEquals(TableKind.GOVERNMENT_FUND, TableKindClassifier.classify("政府性基金预算支出表", ""));
        assertEquals(TableKind.STATE_CAPITAL, TableKindClassifier.classify("国有资本经营预算支出功能分类预算表", ""));
        assertEquals(TableKind.PROJECT_EXPENDITURE, TableKindClassifier.classify("项目支出明细表", ""));
        assertEquals(TableKind.PERFORMANCE, TableKindClassifier.classify("项目绩效目标表", ""));
        assertEquals(TableKind.PROCUREMENT, TableKindClassifier.classify("政府采购明细表", ""));
        assertEquals(TableKind.OTHER, TableKindClassifier.classify("某某情况表", ""));
    }

    @Test
    void dumpShowsEveryTable() {
        SourceDocument doc = TestDocs.of("某办“三公”经费预算表", "单位：万元", "合计\t公务接待费", "1.00\t1.00");
        String dump = TableDump.render(TableReader.read(doc));
        assertEquals(Arrays.asList(
                "== 某办“三公”经费预算表  [SANGONG, 万元, 1 rows] line 1",
                "   columns: 合计 ← 合计 | 公务接待费 ← 公务接待费",
                "     0 L4               | 1.00 | 1.00"), Arrays.asList(dump.split("\n")));
    }
}
