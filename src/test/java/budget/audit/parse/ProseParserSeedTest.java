package budget.audit.parse;

import budget.audit.support.SharedMaterial;
import budget.audit.ingest.text.TextDocumentReader;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FilingKind;
import budget.audit.model.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static budget.audit.model.FactKeys.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the five seed filings in ../shared/seeds (skipped when absent) and checks the exact facts. */
class ProseParserSeedTest {

    private static Path seedsDir() {
        return SharedMaterial.root().map(r -> r.resolve("seeds")).orElse(null);
    }

    private static BudgetFiling seed(String prefix) throws Exception {
        Path dir = seedsDir();
        SharedMaterial.assume(dir != null, "shared/seeds not found");
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElse(null);
        } catch (IOException e) {
            file = null;
        }
        SharedMaterial.assume(file != null, "seed " + prefix + " not found");
        return new ProseParser().parse(new TextDocumentReader().read(file, Files.readAllBytes(file), "x"));
    }

    /** The single fact of a key (and label, for families), checked for value, unit, decimals and line. */
    private static Fact assertFact(BudgetFiling f, String key, String label, String printed, Unit unit, int line) {
        List<Fact> facts = f.facts(key).stream().filter(x -> label == null || label.equals(x.label())).toList();
        assertTrue(!facts.isEmpty(), "no fact " + key + " " + label);
        Fact fact = facts.get(0);
        assertTrue(fact.readable(), key + " readable");
        assertEquals(printed, fact.amount().printed(), key + " " + label);
        assertEquals(new BigDecimal(printed).scale(), fact.amount().decimals(), key + " decimals");
        assertEquals(unit, fact.amount().unit(), key + " unit");
        if (line > 0) {
            assertEquals(line, fact.source().line(), key + " line");
        }
        return fact;
    }

    private static Fact assertFact(BudgetFiling f, String key, String printed, int line) {
        return assertFact(f, key, null, printed, Unit.WAN_YUAN, line);
    }

    private static BigDecimal sum(BudgetFiling f, String key) {
        return f.facts(key).stream().map(x -> x.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(BudgetFiling f, String... keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (String key : keys) {
            s = s.add(f.prose(key).orElseThrow().amount().value());
        }
        return s;
    }

    private static void assertSum(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "sum " + actual + " vs " + expected);
    }

    @Test
    void seed000Tianjin() throws Exception {
        BudgetFiling f = seed("000");
        assertEquals("天津市人民政府政务服务办公室", f.department());
        assertEquals(2023, f.year());
        assertEquals(FilingKind.DEPARTMENT, f.kind());
        assertTrue(f.tables().isEmpty());
        // “三公”
        assertFact(f, SANGONG_TOTAL, "9.8", 89);
        assertFact(f, FactKeys.change(SANGONG_TOTAL), "-2.2", 89);
        assertFact(f, SANGONG_ABROAD, "0", 91);
        assertFact(f, FactKeys.change(SANGONG_ABROAD), "0", 91);
        assertFact(f, SANGONG_VEHICLE, "7.2", 93);
        assertFact(f, SANGONG_VEHICLE_OPERATION, "7.2", 93);
        assertFact(f, FactKeys.change(SANGONG_VEHICLE_OPERATION), "-2.8", 93);
        assertFact(f, SANGONG_VEHICLE_PURCHASE, "0", 93);
        assertFact(f, SANGONG_RECEPTION, "2.6", 95);
        assertFact(f, FactKeys.change(SANGONG_RECEPTION), "0.6", 95);
        assertEquals(1, f.facts(SANGONG_RECEPTION).size(), "the 公务接待费 of the 机关运行经费 list is not “三公”");
        assertSum("9.8", sum(f, SANGONG_ABROAD, SANGONG_VEHICLE, SANGONG_RECEPTION));
        assertSum("7.2", sum(f, SANGONG_VEHICLE_PURCHASE, SANGONG_VEHICLE_OPERATION));
        // 支出
        assertFact(f, EXPENDITURE_TOTAL, "22002.1", 57);
        assertFact(f, FactKeys.change(EXPENDITURE_TOTAL), "-228.7", 57);
        assertFact(f, EXPENDITURE_BASIC, "18994.5", 57);
        assertFact(f, EXPENDITURE_PROJECT, "3007.6", 57);
        assertSum("22002.1", sum(f, EXPENDITURE_BASIC, EXPENDITURE_PROJECT));
        assertEquals(3, f.facts(EXPENDITURE_OTHER_KIND).size());
        assertFact(f, EXPENDITURE_OTHER_KIND, "对附属单位补助支出", "0", Unit.WAN_YUAN, 57);
        // 14809.3 is the 一般公共预算基本支出 = 人员经费 + 公用经费
        assertFact(f, GENERAL_BASIC, "14809.3", 83);
        assertFact(f, PERSONNEL, "11820.9", 85);
        assertFact(f, PUBLIC_EXPENSES, "2988.4", 86);
        assertSum("14809.3", sum(f, PERSONNEL, PUBLIC_EXPENSES));
        // 功能分类: the department's list sums to 支出合计
        assertEquals(3, f.facts(FUNCTION_CLASS).size());
        assertFact(f, FUNCTION_CLASS, "一般公共服务支出", "21198", Unit.WAN_YUAN, 49);
        assertSum("22002.1", sum(f, FUNCTION_CLASS));
        assertFact(f, GENERAL_FUNCTION_CLASS, "一般公共服务支出", "17195.7", Unit.WAN_YUAN, 70);
        assertFact(f, FactKeys.change(GENERAL_FUNCTION_CLASS), "一般公共服务支出", "490.6", Unit.YUAN, 70);
        assertFact(f, GENERAL_EXPENDITURE, "17816.9", 67);
        // 收入
        assertFact(f, INCOME_TOTAL, "29318", 53);
        assertFact(f, FactKeys.change(INCOME_TOTAL), "-766.5", 53);
        assertEquals(10, f.facts(INCOME_SOURCE).size());
        assertFact(f, INCOME_SOURCE, "上年结转结余", "9454.7", Unit.WAN_YUAN, 53);
        assertFact(f, INCOME_SOURCE, "一般公共预算", "17816.9", Unit.WAN_YUAN, 53);
        assertFact(f, INCOME_SOURCE, "事业收入", "1900", Unit.WAN_YUAN, 53);
        assertSum("29318", sum(f, INCOME_SOURCE));
        assertFact(f, FISCAL_INCOME, "17816.9", 61);
        assertFact(f, FISCAL_EXPENDITURE, "17816.9", 61);
        assertFact(f, FactKeys.change(FISCAL_EXPENDITURE), "562", 61);
        // 机关运行经费
        assertFact(f, JY_TOTAL, "696.5", 107);
        assertEquals(21, f.facts(JY_ITEM).size());
        assertFact(f, JY_ITEM, "办公费", "34.4", Unit.WAN_YUAN, 107);
        assertFact(f, JY_ITEM, "维修（护）费", "42.1", Unit.WAN_YUAN, 107);
        assertSum("696.5", sum(f, JY_ITEM));
        // 政府采购
        assertFact(f, PROCUREMENT_TOTAL, "5400.4", 109);
        assertFact(f, PROCUREMENT_GOODS, "268.6", 109);
        assertFact(f, PROCUREMENT_WORKS, "0", 109);
        assertFact(f, PROCUREMENT_SERVICES, "5131.8", 109);
        assertSum("5400.4", sum(f, PROCUREMENT_GOODS, PROCUREMENT_WORKS, PROCUREMENT_SERVICES));
        // 资产 / 绩效
        assertFact(f, VEHICLE_COUNT, null, "13", Unit.VEHICLE, 112);
        assertFact(f, PERFORMANCE_PROJECT_COUNT, null, "8", Unit.ITEM, 116);
        assertFact(f, PERFORMANCE_AMOUNT, "3007.6", 116);
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        assertEquals("本部门2023年天津市人民政府政务服务办公室等1家行政单位的机关运行经费预算696.5万元，包括办公费34.4万元、",
                f.prose(JY_TOTAL).orElseThrow().source().text().substring(0, 58));
    }

    @Test
    void seed001District2020() throws Exception {
        BudgetFiling f = seed("001");
        assertEquals(2020, f.year());
        assertEquals("区政府政务服务办公室", f.department());
        assertFact(f, JY_TOTAL, "429.64", 31);
        assertEquals(19, f.facts(JY_ITEM).size());
        assertFact(f, JY_ITEM, "印刷费", "1.20", Unit.WAN_YUAN, 31);
        assertFact(f, JY_ITEM, "其他交通费用", "104.49", Unit.WAN_YUAN, 31);
        assertSum("429.64", sum(f, JY_ITEM));
        assertFact(f, INCOME_TOTAL, "3669.77", 25);
        assertFact(f, FactKeys.change(INCOME_TOTAL), "-913.63", 25);
        assertEquals(9, f.facts(INCOME_SOURCE).size());
        assertSum("3669.77", sum(f, INCOME_SOURCE));
        assertFact(f, EXPENDITURE_TOTAL, "3669.77", 27);
        assertFact(f, FUNCTION_CLASS, "一般公共服务支出", "3669.77", Unit.WAN_YUAN, 28);
        assertFact(f, PERSONNEL, "3240.13", 28);
        assertFact(f, PUBLIC_EXPENSES, "429.64", 28);
        assertTrue(f.facts(PROCUREMENT_TOTAL).isEmpty(), "未安排政府采购预算 states no figure");
        assertFact(f, VEHICLE_COUNT, null, "0", Unit.VEHICLE, 35);
        assertFact(f, PERFORMANCE_AMOUNT, "0", 37);
    }

    @Test
    void seed002Jiangjin() throws Exception {
        BudgetFiling f = seed("002");
        assertEquals("重庆市江津区政务服务管理办公室（本级）", f.department());
        assertEquals(2023, f.year());
        assertEquals(FilingKind.UNIT, f.kind());
        assertFact(f, SANGONG_TOTAL, "1.0", 23);
        assertFact(f, FactKeys.change(SANGONG_TOTAL), "0.2", 23);
        assertFact(f, SANGONG_ABROAD, "0", 23);
        assertFact(f, SANGONG_RECEPTION, "1.0", 23);
        assertFact(f, SANGONG_VEHICLE_OPERATION, "0", 23);
        assertFact(f, SANGONG_VEHICLE_PURCHASE, "0", 23);
        assertSum("1.0", sum(f, SANGONG_ABROAD, SANGONG_RECEPTION, SANGONG_VEHICLE_OPERATION, SANGONG_VEHICLE_PURCHASE));
        assertFact(f, INCOME_TOTAL, "1385.31", 14);
        assertFact(f, FactKeys.change(INCOME_TOTAL), "809.44", 14);
        assertEquals(6, f.facts(INCOME_SOURCE).size());
        assertSum("1385.31", sum(f, INCOME_SOURCE));
        assertFact(f, EXPENDITURE_TOTAL, "1385.31", 16);
        assertEquals(5, f.facts(FUNCTION_CLASS).size());
        assertSum("1385.31", sum(f, FUNCTION_CLASS));
        assertFact(f, EXPENDITURE_BASIC, "263.22", 19);
        assertFact(f, EXPENDITURE_PROJECT, "1122.09", 19);
        assertSum("1385.31", sum(f, EXPENDITURE_BASIC, EXPENDITURE_PROJECT));
        assertFact(f, FISCAL_EXPENDITURE, "1385.31", 19);
        assertFact(f, JY_TOTAL, "47.25", 26);
        assertFact(f, FactKeys.change(JY_TOTAL), "8.48", 26);
        assertTrue(f.facts(JY_ITEM).isEmpty(), "机关运行经费 is stated but not itemized");
        assertFact(f, PROCUREMENT_TOTAL, "0", 27);
        assertEquals(1, f.facts(PROCUREMENT_GOODS).size());
        assertFact(f, PERFORMANCE_AMOUNT, "1122.09", 28);
    }

    @Test
    void seed003Jiulongpo() throws Exception {
        BudgetFiling f = seed("003");
        assertEquals("重庆市九龙坡区政务服务管理办公室", f.department());
        assertEquals(2023, f.year());
        assertEquals(FilingKind.DEPARTMENT, f.kind());
        assertFact(f, SANGONG_TOTAL, "5.5", 53);
        assertFact(f, SANGONG_ABROAD, "0", 53);
        assertFact(f, SANGONG_RECEPTION, "1", 53);
        assertFact(f, SANGONG_VEHICLE_OPERATION, "4.5", 53);
        assertFact(f, SANGONG_VEHICLE_PURCHASE, "0", 53);
        assertFact(f, FactKeys.change(SANGONG_VEHICLE_PURCHASE), "0", 55);
        assertSum("5.5", sum(f, SANGONG_ABROAD, SANGONG_RECEPTION, SANGONG_VEHICLE_OPERATION, SANGONG_VEHICLE_PURCHASE));
        assertFact(f, EXPENDITURE_TOTAL, "2246.51", 41);
        assertFact(f, FactKeys.change(EXPENDITURE_TOTAL), "66.62", 43);
        assertFact(f, EXPENDITURE_BASIC, "646.51", 47);
        assertFact(f, EXPENDITURE_PROJECT, "1600", 47);
        assertFact(f, FactKeys.change(EXPENDITURE_PROJECT), "-21.97", 47);
        assertSum("2246.51", sum(f, EXPENDITURE_BASIC, EXPENDITURE_PROJECT));
        assertFact(f, FISCAL_EXPENDITURE, "2246.51", 47);
        assertFact(f, FUNCTION_CLASS, "社会保障和就业支出", "68.54", Unit.WAN_YUAN, 43);
        assertFact(f, FUNCTION_CLASS, "一般公共服务支出", "2099.4", Unit.WAN_YUAN, 41);
        assertSum("2246.51", sum(f, FUNCTION_CLASS));
        assertSum("2246.51", sum(f, INCOME_SOURCE));
        assertFact(f, JY_TOTAL, "261.96", 59);
        assertFact(f, VEHICLE_COUNT, null, "1", Unit.VEHICLE, 65);
    }

    @Test
    void seed004Songjiang() throws Exception {
        BudgetFiling f = seed("004");
        assertEquals("上海市松江区政务服务办公室", f.department());
        assertEquals(2023, f.year());
        assertFact(f, SANGONG_TOTAL, "0.6", 263);
        assertFact(f, FactKeys.change(SANGONG_TOTAL), "0", 263);
        assertFact(f, SANGONG_ABROAD, "0.00", 265);
        assertFact(f, SANGONG_VEHICLE, "0.00", 267);
        assertFact(f, SANGONG_VEHICLE_PURCHASE, "0.00", 267);
        assertFact(f, SANGONG_VEHICLE_OPERATION, "0.00", 267);
        assertFact(f, SANGONG_RECEPTION, "0.6", 269);
        assertSum("0.6", sum(f, SANGONG_ABROAD, SANGONG_VEHICLE, SANGONG_RECEPTION));
        assertFact(f, PROCUREMENT_TOTAL, "0.9975", 277);
        assertFact(f, PROCUREMENT_GOODS, "0.9975", 277);
        assertFact(f, PROCUREMENT_WORKS, "0.00", 277);
        assertFact(f, PROCUREMENT_SERVICES, "0.00", 277);
        assertEquals(1, f.facts(PROCUREMENT_TOTAL).size(), "the 中小企业 reservation is not a second total");
        assertSum("0.9975", sum(f, PROCUREMENT_GOODS, PROCUREMENT_WORKS, PROCUREMENT_SERVICES));
        assertFact(f, INCOME_TOTAL, "610.253508", 75);
        assertSum("610.253508", sum(f, INCOME_SOURCE));
        assertFact(f, EXPENDITURE_TOTAL, "610.253508", 77);
        assertFact(f, FactKeys.change(EXPENDITURE_TOTAL), "-53.710002", 108);
        assertFact(f, JY_TOTAL, "27.209926", 273);
        assertFact(f, PERFORMANCE_PROJECT_COUNT, null, "1", Unit.ITEM, 283);
        assertFact(f, PERFORMANCE_AMOUNT, "188.00", 283);
    }
}
