package budget.audit.parse.table;

import budget.audit.support.SharedMaterial;
import budget.audit.model.BudgetTable;
import budget.audit.model.BudgetTable.Part;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.SourceDocument;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the tables of seeds 003 (九龙坡, 万元) and 004 (松江, 元, 类/款/项 columns); skipped without shared/. */
class SeedTablesTest {

    private static SourceDocument seed(String prefix, boolean normalized) throws IOException {
        Path seeds = TestDocs.seeds().orElse(null);
        SharedMaterial.assume(seeds != null, "shared/seeds not present");
        return TestDocs.seed(seeds, prefix, normalized);
    }

    private static String summary(BudgetTable t) {
        return t.label() + "|" + t.kind() + "|" + t.unit().symbol() + "|" + t.rows().size() + "|" + t.empty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed003EveryTableWithKindUnitAndRowCount(boolean normalized) throws IOException {
        List<BudgetTable> tables = TableReader.read(seed("003_", normalized));
        List<String> expected = List.of(
                "附件1|FISCAL_SUMMARY|万元|9|false",              // 收入 side
                "附件1|FISCAL_SUMMARY|万元|7|false",              // 支出 side
                "附件2|GENERAL_BUDGET_EXPENDITURE|万元|21|false",
                "附件3|BASIC_EXPENDITURE_ECONOMIC|万元|29|false",
                "附件4|GOVERNMENT_ECONOMIC|万元|18|false",
                "附件5|SANGONG|万元|1|false",
                "附件6|GOVERNMENT_FUND|万元|1|true",
                "附件7|INCOME_EXPENDITURE_SUMMARY|万元|10|false",
                "附件7|INCOME_EXPENDITURE_SUMMARY|万元|5|false",
                "附件9|EXPENDITURE_SUMMARY|万元|21|false",
                "附件10|PROJECT_EXPENDITURE|万元|17|false",
                "|PROJECT_EXPENDITURE|万元|9|false",             // printed without its 附件11 label
                "附件13|PERFORMANCE|元|11|false",                // unit from header "总体资金情况(元)"
                "附件15|PERFORMANCE|万元|15|false");
        assertEquals(expected, tables.stream().map(SeedTablesTest::summary).toList());

        assertEquals(Part.INCOME, tables.get(0).part());
        assertEquals(Part.EXPENDITURE, tables.get(1).part());
        assertEquals("2023年重庆市九龙坡区政务办财政拨款收支总表（收入）", tables.get(0).title());
        assertEquals(List.of("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"), tables.get(1).columns());
        assertEquals("2023年重庆市九龙坡区政务办一般公共预算财政拨款基本支出预算表(部门预算支出经济分类科目)",
                tables.get(3).title());
        assertEquals("2023年重庆市九龙坡区政务办一般公共预算财政拨款项目支出预算表(政府预算支出经济分类科目)",
                tables.get(11).title());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed003FiguresBoundToColumns(boolean normalized) throws IOException {
        List<BudgetTable> tables = TableReader.read(seed("003_", normalized));
        BudgetTable basic = tables.get(3);
        assertEquals(List.of("合计", "人员经费", "公用经费"), basic.columns());
        assertEquals("日常公用经费", basic.columnLabel(2));
        TableRow total = basic.totalRow().orElseThrow();
        assertEquals("646.51", basic.value(total, "合计").printed());
        assertEquals("518.18", basic.value(total, "人员经费").printed());
        assertEquals("128.33", basic.value(total, "公用经费").printed());
        TableRow meals = basic.row("30106").orElseThrow();
        assertNull(basic.value(meals, "人员经费"));
        assertEquals("1.38", basic.value(meals, "公用经费").printed());
        assertEquals(List.of("30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111",
                "30112", "30113", "30114", "30199"),
                basic.children(basic.row("301").orElseThrow()).stream().map(TableRow::code).toList());

        BudgetTable sangong = tables.get(5);
        assertEquals(List.of("合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费",
                "公务接待费"), sangong.columns());
        TableRow s = sangong.rows().get(0);
        assertEquals("5.50", s.value(0).printed());
        assertNull(s.value(1));
        assertEquals("4.50", s.value(2).printed());
        assertNull(s.value(3));
        assertEquals("4.50", s.value(4).printed());
        assertEquals("1.00", s.value(5).printed());

        BudgetTable spending = tables.get(9);
        TableRow wrapped = spending.row("20103").orElseThrow();
        assertEquals("政府办公厅（室）及相关机构事务", wrapped.name());
        assertEquals("机关事业单位基本养老保险缴费支出", spending.row("2080505").orElseThrow().name());
        assertEquals(269, wrapped.source().line());
        assertEquals("附件9 2023年重庆市九龙坡区政务办部门支出总表", wrapped.source().table());
        assertEquals("20103 政府办公厅（室）及相关机构事务", wrapped.source().row());
        assertTrue(wrapped.source().text().contains("2,099.40"), "original text keeps separators");
        assertEquals(4, spending.rowsAtLevel(1).size());
        assertEquals(new BigDecimal("2246.51"), spending.totalRow().orElseThrow().value(0).value());
        assertEquals(3, spending.children(spending.row("20103").orElseThrow()).size());
        assertEquals("20805", spending.parent(spending.row("2080599").orElseThrow()).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed004AllEightTablesInYuanWithRebuiltCodes(boolean normalized) throws IOException {
        List<BudgetTable> tables = TableReader.read(seed("004_", normalized));
        List<String> expected = List.of(
                "|INCOME_EXPENDITURE_SUMMARY|元|8|false",
                "|INCOME_EXPENDITURE_SUMMARY|元|5|false",
                "|INCOME_SUMMARY|元|16|false",
                "|EXPENDITURE_SUMMARY|元|16|false",
                "|GENERAL_BUDGET_EXPENDITURE|元|16|false",
                "|GOVERNMENT_FUND|元|1|true",
                "|STATE_CAPITAL|元|1|true",
                "|BASIC_EXPENDITURE_ECONOMIC|元|20|false",
                "|SANGONG|元|1|false");
        assertEquals(expected, tables.stream().map(SeedTablesTest::summary).toList());
        assertEquals(8, tables.stream().map(BudgetTable::title).map(t -> t.replaceAll("（(收入|支出)）$", ""))
                .distinct().count());
        assertTrue(tables.get(5).note().endsWith("故本表无数据。"));
        assertTrue(tables.get(6).note().startsWith("注：上海市松江区政务服务办公室2023年度无国有资本经营预算"));

        BudgetTable spending = tables.get(3);
        assertEquals(List.of("201", "20103", "2010301", "2010302", "208", "20805", "2080505", "2080506", "210",
                "21011", "2101101", "221", "22102", "2210201", "2210203", ""),
                spending.rows().stream().map(TableRow::code).toList());
        assertEquals("2767077.15", spending.value(spending.row("2010301").orElseThrow(), "基本支出").printed());
        TableRow total = spending.totalRow().orElseThrow();
        assertEquals("4222535.08", spending.value(total, "基本支出").printed());

        // economic table: 类/款 columns, header repeated after a page break is not data
        BudgetTable economic = tables.get(7);
        assertEquals(List.of("合计", "人员经费", "公用经费"), economic.columns());
        assertTrue(economic.rows().stream().noneMatch(r -> r.name().contains("科目")));
        TableRow commission = economic.row("30227").orElseThrow();
        assertEquals("委托业务费", commission.name());
        assertTrue(commission.isBlank());
        assertEquals("30399", economic.rows().get(18).code());
        assertEquals("3950435.82", economic.value(economic.totalRow().orElseThrow(), "人员经费").printed());

        BudgetTable sangong = tables.get(8);
        assertEquals(List.of("合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", "公务用车购置费",
                "公务用车运行费", "机关运行经费"), sangong.columns());
        assertEquals("272099.26", sangong.rows().get(0).value(6).printed());
        assertEquals(Unit.YUAN, sangong.rows().get(0).value(6).unit());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed003Facts(boolean normalized) throws IOException {
        SourceDocument doc = seed("003_", normalized);
        List<Fact> facts = TableFacts.from(TableReader.read(doc), doc.fileName());
        assertEquals(List.of("income.total=2246.51", "income.source:一般公共预算资金=2246.51"),
                show(facts, FactKeys.INCOME_TOTAL, FactKeys.INCOME_SOURCE));
        assertEquals(List.of("fiscal.income=2246.51", "fiscal.expenditure=2246.51"),
                show(facts, FactKeys.FISCAL_INCOME, FactKeys.FISCAL_EXPENDITURE));
        assertEquals(List.of("expenditure.total=2246.51", "expenditure.basic=646.51", "expenditure.project=1600.00",
                        "expenditure.function:一般公共服务支出=2099.40", "expenditure.function:社会保障和就业支出=68.54",
                        "expenditure.function:卫生健康支出=29.64", "expenditure.function:住房保障支出=48.93"),
                show(facts, FactKeys.EXPENDITURE_TOTAL, FactKeys.EXPENDITURE_BASIC, FactKeys.EXPENDITURE_PROJECT,
                        FactKeys.FUNCTION_CLASS));
        assertEquals(List.of("expenditure.personnel=518.18", "expenditure.public=128.33"),
                show(facts, FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES));
        assertEquals(List.of("sangong.total=5.50", "sangong.vehicle=4.50", "sangong.vehicle.operation=4.50",
                "sangong.reception=1.00"), show(facts, FactKeys.SANGONG_TOTAL, FactKeys.SANGONG_ABROAD,
                FactKeys.SANGONG_VEHICLE, FactKeys.SANGONG_VEHICLE_PURCHASE, FactKeys.SANGONG_VEHICLE_OPERATION,
                FactKeys.SANGONG_RECEPTION));
        Fact pub = facts.stream().filter(f -> f.key().equals(FactKeys.PUBLIC_EXPENSES)).findFirst().orElseThrow();
        assertEquals(Fact.Origin.TABLE, pub.origin());
        assertEquals("附件3 2023年重庆市九龙坡区政务办一般公共预算财政拨款基本支出预算表(部门预算支出经济分类科目)",
                pub.source().table());
        assertEquals("合计", pub.source().row());
        assertEquals("日常公用经费", pub.source().cell());
        assertEquals(161, pub.source().line());
        assertEquals(Unit.WAN_YUAN, pub.amount().unit());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void seed004Facts(boolean normalized) throws IOException {
        SourceDocument doc = seed("004_", normalized);
        List<Fact> facts = TableFacts.from(TableReader.read(doc), doc.fileName());
        assertEquals(List.of("income.total=6102535.08", "income.source:财政拨款收入=6102535.08",
                        "income.total=6102535.08", "income.source:财政拨款收入=6102535.08"),
                show(facts, FactKeys.INCOME_TOTAL, FactKeys.INCOME_SOURCE));
        assertEquals(List.of("expenditure.total=6102535.08", "expenditure.basic=4222535.08",
                "expenditure.project=1880000.00"), show(facts, FactKeys.EXPENDITURE_TOTAL,
                FactKeys.EXPENDITURE_BASIC, FactKeys.EXPENDITURE_PROJECT));
        assertEquals(List.of("expenditure.personnel=3950435.82", "expenditure.public=272099.26"),
                show(facts, FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES));
        assertEquals(List.of("sangong.total=6000.00", "sangong.reception=6000.00", "jy.total=272099.26"),
                show(facts, FactKeys.SANGONG_TOTAL, FactKeys.SANGONG_ABROAD, FactKeys.SANGONG_RECEPTION,
                        FactKeys.JY_TOTAL));
        assertFalse(facts.stream().anyMatch(f -> f.amount().unit() != Unit.YUAN));
    }

    private static List<String> show(List<Fact> facts, String... keys) {
        List<String> wanted = List.of(keys);
        return facts.stream().filter(f -> wanted.contains(f.key()))
                .map(f -> f.key() + (isFamily(f.key()) ? ":" + f.label() : "") + "=" + f.amount().printed())
                .toList();
    }

    private static boolean isFamily(String key) {
        return key.equals(FactKeys.INCOME_SOURCE) || key.equals(FactKeys.FUNCTION_CLASS);
    }
}
