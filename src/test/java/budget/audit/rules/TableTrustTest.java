package budget.audit.rules;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FilingKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.parse.table.TableFacts;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fail-closed gate: a misread table yields no findings, a real defect in a consistent table stays a finding. */
class TableTrustTest {

    private static final String FILE = "trust.txt";
    private static final String REF = "附件2 一般公共预算支出表";

    /** rows "code|name|合计|基本支出|项目支出" ("-" blank), lines from {@code firstLine + 1}. */
    private static BudgetTable table(List<String> columns, int firstLine, String... rows) {
        List<TableRow> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split("\\|", -1);
            List<Amount> values = new ArrayList<>();
            for (String v : Arrays.asList(f).subList(2, f.length)) {
                values.add(v.equals("-") ? null : Amount.of(v, Unit.WAN_YUAN));
            }
            out.add(new TableRow(i, f[0], f[1], values, new Provenance(FILE, firstLine + 1 + i, null, REF,
                    (f[0] + " " + f[1]).trim(), null, rows[i].replace('|', '\t'))));
        }
        return new BudgetTable("附件2", "一般公共预算支出表", TableKind.GENERAL_BUDGET_EXPENDITURE, Unit.WAN_YUAN,
                columns, out, false, null, new Provenance(FILE, firstLine, null, REF, null, null, REF),
                BudgetTable.Part.WHOLE, columns);
    }

    private static BudgetFiling filing(BudgetTable table, Fact... prose) {
        List<Fact> facts = new ArrayList<>(List.of(prose));
        facts.addAll(TableFacts.from(List.of(table), FILE));
        return new BudgetFiling(new SourceDocument(FILE, "0".repeat(64), "text", "UTF-8", List.of()), "测试部门",
                2025, FilingKind.DEPARTMENT, facts, List.of(table), List.of());
    }

    private static final List<String> COLUMNS = List.of("合计", "基本支出", "项目支出");

    /** A consistent table (12 hierarchy sums, 9 row identities) with {@code row20103} as given. */
    private static BudgetTable general(String row20103) {
        return table(COLUMNS, 10,
                "|合计|2167.94|567.94|1600.00",
                "201|一般公共服务支出|2099.40|499.40|1600.00",
                row20103,
                "2010301|行政运行|261.96|261.96|-",
                "2010302|一般行政管理事务|1600.00|-|1600.00",
                "2010350|事业运行|237.44|237.44|-",
                "208|社会保障和就业支出|68.54|68.54|-",
                "20805|行政事业单位养老支出|68.54|68.54|-",
                "2080505|机关事业单位基本养老保险缴费支出|40.89|40.89|-",
                "2080506|机关事业单位职业年金缴费支出|20.45|20.45|-",
                "2080599|其他行政事业单位养老支出|7.20|7.20|-");
    }

    private static List<Check> run(BudgetFiling filing) {
        return new RuleRunner().run(filing, RuleCatalogue.builtIn());
    }

    private static List<Check> of(List<Check> checks, String rule, Outcome outcome) {
        return checks.stream().filter(c -> c.ruleId().equals(rule) && c.outcome() == outcome).toList();
    }

    private static List<Check> setAside(List<Check> checks) {
        return checks.stream().filter(c -> TableTrust.MESSAGE_KEY.equals(c.messageKey())).toList();
    }

    @Test
    void oneWrongFigureInAConsistentTableStaysAFinding() {
        // 20103 printed 2349.40 instead of 2099.40: 201 = Σ款 and 20103 = Σ项 fail, 20103's row identity fails
        BudgetFiling f = filing(general("20103|政府办公厅（室）及相关机构事务|2349.40|499.40|1600.00"));
        TableTrust trust = TableTrust.of(f);
        assertTrue(trust.verdicts().getFirst().trusted(), trust.verdicts().toString());
        List<Check> checks = run(f);
        assertEquals(2, of(checks, "TB001", Outcome.FAIL).size(), checks.toString());
        assertEquals(1, of(checks, "TB002", Outcome.FAIL).size(), checks.toString());
        assertEquals(List.of(), setAside(checks));
    }

    @Test
    void aTableWhoseSumsMostlyFailIsNotCheckedAndSaysWhy() {
        // the figures read one row too high: almost no parent equals the sum of its children
        BudgetTable misread = table(COLUMNS, 10,
                "|合计|2099.40|499.40|1600.00",
                "201|一般公共服务支出|2099.40|499.40|1600.00",
                "20103|政府办公厅（室）及相关机构事务|261.96|261.96|-",
                "2010301|行政运行|1600.00|-|1600.00",
                "2010302|一般行政管理事务|237.44|237.44|-",
                "2010350|事业运行|68.54|68.54|-",
                "208|社会保障和就业支出|68.54|68.54|-",
                "20805|行政事业单位养老支出|40.89|40.89|-",
                "2080505|机关事业单位基本养老保险缴费支出|20.45|20.45|-",
                "2080506|机关事业单位职业年金缴费支出|7.20|7.20|-",
                "2080599|其他行政事业单位养老支出|2167.94|567.94|1600.00");
        Fact prose = Fact.prose(FactKeys.GENERAL_EXPENDITURE, "一般公共预算支出", Amount.of("2000.00", Unit.WAN_YUAN),
                Provenance.ofLine(FILE, 3, "一般公共预算支出2000.00万元"));
        BudgetFiling f = filing(misread, prose);
        TableTrust.Verdict v = TableTrust.of(f).verdicts().getFirst();
        assertFalse(v.trusted());
        assertEquals(TableTrust.Reason.HIERARCHY, v.reason());
        assertTrue(v.reasonFailed() > v.reasonChecked() - v.reasonFailed(), v.toString());

        List<Check> checks = run(f);
        for (String rule : List.of("TB001", "TB002", "XT001", "XT002")) {
            assertEquals(List.of(), of(checks, rule, Outcome.FAIL), rule);
        }
        List<Check> gated = setAside(checks);
        assertFalse(gated.isEmpty());
        assertTrue(gated.stream().allMatch(c -> c.outcome() == Outcome.NOT_APPLICABLE));
        assertTrue(gated.stream().anyMatch(c -> c.ruleId().equals("XT001")), "the cross check citing the table");
        // TB001 judges its own reading doubtful (one INSUFFICIENT_DATA with its counts); the gate pools those counts
        assertEquals(1, of(checks, "TB001", Outcome.INSUFFICIENT_DATA).size(), checks.toString());
        Check one = gated.stream().filter(c -> c.ruleId().equals("XT001")).findFirst().orElseThrow();
        assertEquals(REF, one.args().get(TableTrust.ARG_TABLE));
        assertEquals("HIERARCHY", one.args().get(TableTrust.ARG_REASON));
        assertEquals("FAIL", one.args().get(TableTrust.ARG_OUTCOME));
    }

    @Test
    void partsAddingUpToTwiceTheTotalMeanDoubleCounting() {
        // uncoded hierarchy read flat: the 类 and its 款 are both summed into 合计
        BudgetTable flat = table(List.of("合计"), 10,
                "|合计|8401.67",
                "|工资福利支出|7131.66",
                "|基本工资|7131.66",
                "|商品和服务支出|1270.01",
                "|办公费|1270.01");
        TableTrust.Verdict v = TableTrust.of(filing(flat)).verdicts().getFirst();
        assertEquals(TableTrust.Reason.MULTIPLE, v.reason(), v.toString());
        assertEquals(List.of(), of(run(filing(flat)), "TB001", Outcome.FAIL));
    }

    @Test
    void fiveUncodedLevelsReadFlatSumToFiveTimesTheTotal() {
        // unit, sub-unit, project category, project, sub-project printed at one indent (陕西 专项业务经费支出表)
        BudgetTable flat = table(List.of("合计"), 10,
                "|合计|8490.50",
                "|某局|8490.50",
                "|某局本级|8490.50",
                "|通用项目|3650.00",
                "|购买服务|3650.00",
                "|中介机构服务|3650.00",
                "|专用项目|4840.50",
                "|业务经费|4840.50",
                "|审计事务|2858.70",
                "|专项补助经费|1981.80");
        TableTrust.Verdict v = TableTrust.of(filing(flat)).verdicts().getFirst();
        assertEquals(TableTrust.Reason.MULTIPLE, v.reason(), v.toString());
        assertEquals(List.of(), of(run(filing(flat)), "TB001", Outcome.FAIL));
    }

    @Test
    void aFailingRowWithAFigureOfUnknownMeaningIsSetAsideAlone() {
        // 合计 = 人员经费 + 公用经费 fails in the three rows holding a 专项业务经费 figure, a column the reader does not know
        BudgetTable t = table(List.of("合计", "人员经费", "公用经费", "专项业务经费支出"), 10,
                "|合计|220.00|130.00|50.00|40.00",
                "201|一般公共服务支出|220.00|130.00|50.00|40.00",
                "20101|人大事务|220.00|130.00|50.00|40.00",
                "2010101|行政运行|90.00|70.00|20.00|-",
                "2010102|一般行政管理事务|40.00|-|-|40.00",
                "2010104|人大会议|30.00|20.00|10.00|-",
                "2010105|人大立法|30.00|20.00|10.00|-",
                "2010106|人大监督|30.00|20.00|10.00|-");
        BudgetFiling f = filing(t);
        assertTrue(TableTrust.of(f).verdicts().getFirst().trusted());
        List<Check> checks = run(f);
        assertEquals(List.of(), of(checks, "TB002", Outcome.FAIL), checks.toString());
        List<Check> gated = setAside(checks);
        assertEquals(3, gated.size(), gated.toString());
        assertTrue(gated.stream().allMatch(c -> c.ruleId().equals("TB002")), gated.toString());
        assertTrue(gated.stream().allMatch(c -> "UNKNOWN_PART".equals(c.args().get(TableTrust.ARG_REASON))));
        assertEquals("专项业务经费支出", gated.getFirst().args().get(TableTrust.ARG_COLUMNS));
        assertFalse(of(checks, "TB002", Outcome.PASS).isEmpty(), "行政运行 = 人员 + 公用 still checked");
    }

    @Test
    void aRowOfColumnNumbersIsNotAFigure() {
        // the header row "栏次 | 1 | 2 | 3" read as data: 合计 1 ≠ 基本 2 + 项目 3
        BudgetTable t = table(COLUMNS, 10,
                "|栏次|1|2|3",
                "|合计|130.00|90.00|40.00",
                "201|一般公共服务支出|130.00|90.00|40.00",
                "20101|人大事务|130.00|90.00|40.00",
                "2010101|行政运行|90.00|90.00|-",
                "2010102|一般行政管理事务|40.00|-|40.00");
        List<Check> checks = run(filing(t));
        assertEquals(List.of(), of(checks, "TB002", Outcome.FAIL), checks.toString());
        List<Check> gated = setAside(checks);
        assertEquals(1, gated.size(), gated.toString());
        assertEquals("NUMBERING_ROW", gated.getFirst().args().get(TableTrust.ARG_REASON));
        assertTrue(TableTrust.numberingRow(t.rows().getFirst()));
        assertFalse(TableTrust.numberingRow(t.rows().get(1)), "amounts");
        assertFalse(TableTrust.numberingRow(new TableRow(0, "", "x", List.of(Amount.of("1", Unit.YUAN),
                Amount.of("2", Unit.YUAN), Amount.of("4", Unit.YUAN)), null)), "not consecutive");
    }

    @Test
    void thresholds() {
        assertTrue(TableTrust.misread(12, 9));
        assertTrue(TableTrust.misread(3, 3));
        assertFalse(TableTrust.misread(12, 3), "a real defect among many sums that hold");
        assertFalse(TableTrust.misread(2, 2), "one or two failing sums are never judged a misreading");
        assertFalse(TableTrust.misread(6, 3), "as many holding as failing");
    }
}
