package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.FilingKind;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static budget.audit.model.Unit.YUAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz011StandardTablesTest {

    private static final List<String> COLUMNS = List.of("合计");

    /** One table of this kind whose title line is {@code line}. */
    private static BudgetTable table(String title, TableKind kind, int line) {
        return TableFixture.table("", title, kind, YUAN, COLUMNS, line, "|合计|100.00");
    }

    private static final List<BudgetTable> COMMON = List.of(
            table("2024年部门收支总表", TableKind.INCOME_EXPENDITURE_SUMMARY, 20),
            table("2024年部门收入总表", TableKind.INCOME_SUMMARY, 30),
            table("2024年部门支出总表", TableKind.EXPENDITURE_SUMMARY, 40),
            table("2024年财政拨款收支总表", TableKind.FISCAL_SUMMARY, 50),
            table("2024年一般公共预算支出表", TableKind.GENERAL_BUDGET_EXPENDITURE, 60),
            table("2024年一般公共预算基本支出表", TableKind.BASIC_EXPENDITURE_ECONOMIC, 70),
            table("2024年“三公”经费支出表", TableKind.SANGONG, 80),
            table("2024年政府性基金预算支出表", TableKind.GOVERNMENT_FUND, 90));

    /** A filing of these tables whose document holds {@code text} from line 1 on (the tables start at line 20). */
    private static BudgetFiling filing(List<BudgetTable> tables, String... text) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            lines.add(SourceLine.plain(i + 1, text[i], text[i]));
        }
        SourceDocument doc = new SourceDocument(TableFixture.FILE, "0".repeat(64), "text", "UTF-8", lines);
        return new BudgetFiling(doc, "测试部门", 2024, FilingKind.DEPARTMENT, List.of(), tables, List.of());
    }

    private static List<Check> run(BudgetFiling filing) {
        return TextFiling.run(new Wz011StandardTables(), filing);
    }

    private static List<BudgetTable> without(List<BudgetTable> tables, TableKind kind) {
        return tables.stream().filter(t -> t.kind() != kind).toList();
    }

    @Test
    void completeCommonSetPasses() {
        List<Check> checks = run(filing(COMMON, "测试部门2024年部门预算"));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals(Map.of("format", "部门预算公开标准表格（8张）", "count", 8), checks.get(0).args());
    }

    @Test
    void oneMissingUnlistedTableIsOneFailNamingIt() {
        List<Check> checks = run(filing(without(COMMON, TableKind.INCOME_SUMMARY), "测试部门2024年部门预算"));
        assertEquals(1, checks.size());
        Check fail = checks.get(0);
        assertEquals(Outcome.FAIL, fail.outcome());
        assertEquals("部门收入总表", fail.subject());
        assertEquals(List.of(20), TableFixture.lines(fail));
        assertEquals("2024年部门收支总表", fail.evidence().get(0).text());
    }

    @Test
    void missingTableTheListNamesIsLeftToWz010ButNeverAPass() {
        // issue 11 item 8: the set is not complete, so the rule does not PASS; it says WZ010 reports the table
        List<Check> checks = run(filing(without(COMMON, TableKind.INCOME_SUMMARY), "测试部门2024年部门预算",
                "附表：1.2024年部门收支总表", "2.2024年部门收入总表", "3.2024年部门支出总表"));
        assertEquals(List.of(Outcome.NOT_APPLICABLE), checks.stream().map(Check::outcome).toList());
        assertEquals("部门收入总表", checks.get(0).subject());
        assertEquals("WZ010", checks.get(0).args().get("reportedBy"));
    }

    @Test
    void listedButOtherMissingTableIsStillReported() {
        List<BudgetTable> tables = without(without(COMMON, TableKind.INCOME_SUMMARY), TableKind.SANGONG);
        List<Check> checks = run(filing(tables, "测试部门2024年部门预算",
                "附表：1.2024年部门收支总表", "2.2024年部门收入总表", "3.2024年部门支出总表"));
        assertEquals(List.of("一般公共预算“三公”经费支出表"), checks.stream()
                .filter(c -> c.outcome() == Outcome.FAIL).map(Check::subject).toList());
        assertEquals(List.of("部门收入总表"), checks.stream()
                .filter(c -> c.outcome() == Outcome.NOT_APPLICABLE).map(Check::subject).toList());
        assertEquals(2, checks.size());
    }

    @Test
    void shanghaiFormatExpectsNineTablesIncludingStateCapital() {
        List<BudgetTable> shanghai = new ArrayList<>(List.of(
                table("2024年部门财务收支预算总表（收入）", TableKind.INCOME_EXPENDITURE_SUMMARY, 20),
                table("2024年部门财务收支预算总表（支出）", TableKind.INCOME_EXPENDITURE_SUMMARY, 25),
                table("2024年部门收入预算总表", TableKind.INCOME_SUMMARY, 30),
                table("2024年部门支出预算总表", TableKind.EXPENDITURE_SUMMARY, 40),
                table("2024年部门财政拨款收支预算总表", TableKind.FISCAL_SUMMARY, 50),
                table("2024年部门一般公共预算支出功能分类预算表", TableKind.GENERAL_BUDGET_EXPENDITURE, 60),
                table("2024年部门政府性基金预算支出功能分类预算表", TableKind.GOVERNMENT_FUND, 70),
                table("2024年部门一般公共预算基本支出部门预算经济分类预算表", TableKind.BASIC_EXPENDITURE_ECONOMIC, 90),
                table("部门“三公”经费和机关运行经费预算表", TableKind.SANGONG, 100)));
        List<Check> missing = run(filing(shanghai, "测试部门2024年部门预算"));
        assertEquals(List.of("国有资本经营预算支出功能分类预算表"), missing.stream().map(Check::subject).toList());
        assertEquals(Outcome.FAIL, missing.get(0).outcome());
        assertEquals("上海市部门预算公开表格（9张）", missing.get(0).args().get("format"));

        shanghai.add(table("2024年部门国有资本经营预算支出功能分类预算表", TableKind.STATE_CAPITAL, 80));
        List<Check> complete = run(filing(shanghai, "测试部门2024年部门预算"));
        assertEquals(List.of(Outcome.PASS), complete.stream().map(Check::outcome).toList());
        assertEquals(9, complete.get(0).args().get("count"));
    }

    @Test
    void commonFormatDoesNotAskForStateCapital() {
        List<Check> checks = run(filing(COMMON, "测试部门2024年部门预算"));
        assertEquals(0, checks.stream().filter(c -> c.outcome() == Outcome.FAIL).count());
    }

    @Test
    void proseOnlyOrFewTablesIsNotApplicable() {
        assertEquals(List.of(Outcome.NOT_APPLICABLE),
                run(filing(List.of(), "测试部门2024年部门预算")).stream().map(Check::outcome).toList());
        List<BudgetTable> two = List.of(COMMON.get(4), COMMON.get(6),
                table("2024年项目支出表", TableKind.PROJECT_EXPENDITURE, 100),
                table("2024年整体绩效目标表", TableKind.PERFORMANCE, 110),
                table("2024年其他表", TableKind.OTHER, 120));
        assertEquals(List.of(Outcome.NOT_APPLICABLE),
                run(filing(two, "测试部门2024年部门预算")).stream().map(Check::outcome).toList());
    }
}
