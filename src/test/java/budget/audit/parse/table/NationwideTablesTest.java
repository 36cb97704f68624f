package budget.audit.parse.table;

import budget.audit.ingest.Ingest;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.support.SharedMaterial;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real tables of other regions' filings (../shared/nationwide), read as printed. Every expected figure was read off
 * the rendered page named in the test. Skipped when ../shared is absent.
 */
class NationwideTablesTest {

    private static List<BudgetTable> tables(String file) throws Exception {
        Optional<Path> root = SharedMaterial.root();
        SharedMaterial.assume(root.isPresent(), "../shared not present");
        Path f = root.get().resolve("nationwide").resolve(file);
        SharedMaterial.assume(Files.isRegularFile(f), file + " not present");
        return TableReader.read(new Ingest().read(f));
    }

    private static BudgetTable titled(List<BudgetTable> tables, String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError(title + " not among " + tables.stream().map(BudgetTable::title).toList()));
    }

    private static TableRow row(BudgetTable t, String code) {
        return t.row(code).orElseThrow(() -> new AssertionError(code + " not in " + t.title()));
    }

    private static String value(BudgetTable t, String code, String column) {
        return row(t, code).value(t.column(column)).printed();
    }

    /** Shenzhen 表3 支出总表, pages 19–21: 预算单位 column, procurement group, one table over three pages. */
    @Test
    void shenzhenExpenditureSummaryOverThreePages() throws Exception {
        List<BudgetTable> all = tables("shenzhen-statistics-2026-budget.pdf");
        assertEquals(1, all.stream().filter(t -> t.title().equals("支出总表")).count());
        BudgetTable t = titled(all, "支出总表");
        assertEquals(TableKind.EXPENDITURE_SUMMARY, t.kind());
        assertEquals("合计", t.columns().getFirst());
        // page 19
        assertEquals("3478.72", value(t, "201", "合计"));
        assertEquals("2357.92", value(t, "201", "基本支出"));
        assertEquals("1120.80", value(t, "201", "项目支出"));
        // page 21 (printed page 18)
        assertEquals("1097.40", value(t, "22102", "合计"));
        assertEquals("214.68", value(t, "2210201", "基本支出"));
        assertEquals("882.72", value(t, "2210203", "合计"));
        assertEquals(21, row(t, "2210203").source().page());
    }

    /** Guangzhou 表5, page 13: codes printed as [201] / [20105] / [2010501] inside the name cell. */
    @Test
    void guangzhouBracketCodes() throws Exception {
        BudgetTable t = titled(tables("guangzhou-statistics-2026-budget.pdf"), "一般公共预算支出情况表（按功能分类科目）");
        assertTrue(t.hasCodes());
        assertEquals("行政运行", row(t, "2010501").name());
        assertEquals(3, row(t, "2010501").level());
        assertEquals("6453.03", value(t, "2010501", "合计"));
        assertEquals("8295.28", value(t, "201", "合计"));
        assertEquals("1032.05", value(t, "201", "项目支出"));
        assertEquals("566.53", value(t, "2210203", "基本支出"));
    }

    /** Xi'an 表5, page 7: "** ** 1 2 3 4 **" column-number row; 专项业务经费支出 is the project part. */
    @Test
    void xianColumnNumberRowAndThreeSpendingParts() throws Exception {
        BudgetTable t = titled(tables("xian-work-safety-2019-budget-tables.pdf"),
                "2019年部门综合预算一般公共预算支出明细表（按支出功能分类科目）");
        assertEquals(List.of("合计", "人员经费", "公用经费", "项目支出"), t.columns());
        TableRow total = t.rows().getFirst();
        assertEquals("合计", total.name());
        assertEquals("3643.37", total.value(0).printed());
        assertEquals("1620.98", total.value(3).printed());
        assertEquals("1008.45", value(t, "2240106", "项目支出"));
    }

    /** Wuxi 支出总表, pages 10–11: a running page header between the rows; 2210203 购房补贴 on page 11. */
    @Test
    void wuxiTableGoesOnAfterRunningHeader() throws Exception {
        BudgetTable t = titled(tables("wuxi-statistics-2026-budget.pdf"), "支出总表");
        assertEquals("465.13", value(t, "22102", "合计"));
        assertEquals("167.18", value(t, "2210203", "合计"));
        assertEquals(11, row(t, "2210203").source().page());
    }

    /** Jiangsu procuratorate 公开09表, page 20: 合计 1276.7 covers 会议费 and 培训费; “三公” 小计 418.26. */
    @Test
    void jiangsuSangongSubtotal() throws Exception {
        BudgetTable t = titled(tables("jiangsu-procuratorate-2019-budget.pdf"), "“三公”经费、会议费、培训费支出预算表");
        TableRow r = t.rows().getFirst();
        assertEquals("418.26", r.value(t.column("合计")).printed());
        assertEquals("1276.7", r.value(t.column("总计")).printed());
        assertEquals("80", r.value(t.column("因公出国（境）费")).printed());
        assertEquals("101.26", r.value(t.column("公务接待费")).printed());
    }

    /** Jiangsu NPC office tables, page 1: "公开表一" under the title, "部门：" with its value on the next line. */
    @Test
    void jiangsuLabelUnderTitle() throws Exception {
        List<BudgetTable> all = tables("jiangsu-npc-office-2019-budget-tables.pdf");
        BudgetTable spending = titled(all, "支出预算总表");
        assertEquals("公开表三", spending.label());
        TableRow r = spending.rows().getFirst();
        assertEquals("18330.37", r.value(spending.column("合计")).printed());
        assertEquals("2557.89", r.value(spending.column("单位预留机动经费")).printed());
    }
    /** Jiangsu high court 公开05表, page 10: 财政拨款支出预算表（功能科目）, coded by function like the 一般公共预算支出表. */
    @Test
    void jiangsuFiscalExpenditureByFunction() throws Exception {
        List<BudgetTable> all = tables("jiangsu-high-court-2019-budget.pdf");
        BudgetTable t = titled(all, "财政拨款支出预算表（功能科目）");
        assertEquals(TableKind.FISCAL_EXPENDITURE, t.kind());
        assertEquals(10, t.source().page());
        assertEquals("37188.34", t.totalRow().orElseThrow().value(t.column("合计")).printed());
        assertEquals("27488.23", value(t, "204", "合计"));
        assertEquals("17279.29", value(t, "2040501", "合计"));
        assertEquals("5465.10", value(t, "2210202", "合计"));
        // 公开11表, page 15: 机关运行经费 by economic class, 302 商品和服务支出 = Σ 30201 …
        BudgetTable o = titled(all, "一般公共预算机关运行经费支出预算表");
        assertEquals(TableKind.OPERATING_EXPENSES, o.kind());
        assertEquals(15, o.source().page());
        assertEquals("3580.05", value(o, "302", "机关运行经费"));
        assertEquals("315.00", value(o, "30201", "机关运行经费"));
        assertEquals("162.38", value(o, "30299", "机关运行经费"));
    }

    /** Central 2024 决算, pages 8 and 9: 收入决算表 and 支出决算表 are the 决算 收入总表 and 支出总表. */
    @Test
    void finalAccountsIncomeAndExpenditureTables() throws Exception {
        List<BudgetTable> all = tables("central-letters-visits-2024-final-accounts.pdf");
        BudgetTable in = titled(all, "收入决算表");
        assertEquals(TableKind.INCOME_SUMMARY, in.kind());
        assertEquals(8, in.source().page());
        assertEquals("20451.35", in.totalRow().orElseThrow().value(in.column("本年收入合计")).printed());
        assertEquals("19572.91", in.totalRow().orElseThrow().value(in.column("财政拨款")).printed());
        assertEquals("268.50", value(in, "2014001", "其他收入"));
        BudgetTable out = titled(all, "支出决算表");
        assertEquals(TableKind.EXPENDITURE_SUMMARY, out.kind());
        assertEquals(9, out.source().page());
        assertEquals("14572.53", out.totalRow().orElseThrow().value(out.column("本年支出合计")).printed());
        assertEquals("540.61", value(out, "2014099", "基本支出"));
        assertEquals("1247.85", value(out, "2014099", "项目支出"));
        // page 5: 收入支出决算总表 is the 收支总表, not a 收入总表
        assertTrue(all.stream().filter(t -> t.title().startsWith("收入支出决算总表"))
                .allMatch(t -> t.kind() == TableKind.INCOME_EXPENDITURE_SUMMARY));
        assertTrue(all.stream().filter(t -> t.title().startsWith("财政拨款收入支出决算总表"))
                .allMatch(t -> t.kind() == TableKind.FISCAL_SUMMARY));
    }

    /** Beijing 预算11表, page 11: 政府购买服务 one row per service, 合计 3,756.180280 their sum. */
    @Test
    void beijingPurchasedServices() throws Exception {
        BudgetTable t = titled(tables("beijing-audit-2026-budget-tables.pdf"), "预算11表财政拨款政府购买服务明细表");
        assertEquals(TableKind.PURCHASED_SERVICES, t.kind());
        assertEquals(11, t.source().page());
        int c = t.column("合计");
        assertEquals("3756.180280", t.totalRow().orElseThrow().value(c).printed());
        java.math.BigDecimal sum = t.rows().stream().filter(r -> !r.isTotal()).map(r -> r.value(c).value())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(0, new java.math.BigDecimal("3756.180280").compareTo(sum), sum.toString());
    }

    /**
     * Xi'an work safety: 表10 (page 25) 专项业务经费支出表, 合计 1,620.98; 表11 (page 29) 财政拨款结转资金支出表,
     * 9.00 and 2.61; 表12 (page 30) 政府采购 with 数量 (counts, 86 in all) beside 预算金额 192.13.
     */
    @Test
    void xianRegionalTablesAndCounts() throws Exception {
        List<BudgetTable> all = tables("xian-work-safety-2019-budget-tables.pdf");
        BudgetTable p = all.stream().filter(t -> t.title().endsWith("专项业务经费支出表")).findFirst().orElseThrow();
        assertEquals(TableKind.SPECIAL_PROJECT_FUNDS, p.kind());
        assertEquals(25, p.source().page());
        assertEquals("1620.98", p.totalRow().orElseThrow().value(0).printed());
        BudgetTable c = all.stream().filter(t -> t.title().contains("结转资金支出表") && !t.empty()).findFirst()
                .orElseThrow();
        assertEquals(TableKind.CARRYOVER_EXPENDITURE, c.kind());
        assertEquals(29, c.source().page());
        assertEquals("9.00", value(c, "2150510", "合计"));
        assertEquals("2.61", value(c, "2150605", "合计"));
        BudgetTable g = all.stream().filter(t -> t.title().contains("政府采购")).findFirst().orElseThrow();
        assertEquals(30, g.source().page());
        assertTrue(g.columns().stream().noneMatch(n -> n.contains("数量")), g.columns().toString());
        assertEquals("192.13", g.totalRow().orElseThrow().value(g.column("合计")).printed());
    }
}
