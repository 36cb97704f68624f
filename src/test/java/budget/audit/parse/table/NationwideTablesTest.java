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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real tables of other regions' filings (../shared/nationwide), read as printed. Every expected figure was read off
 * the rendered page named in the test. Skipped when ../shared is absent.
 */
class NationwideTablesTest {

    private static List<BudgetTable> tables(String file) throws Exception {
        Optional<Path> root = SharedMaterial.root();
        assumeTrue(root.isPresent(), "../shared not present");
        Path f = root.get().resolve("nationwide").resolve(file);
        assumeTrue(Files.isRegularFile(f), file + " not present");
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
}
