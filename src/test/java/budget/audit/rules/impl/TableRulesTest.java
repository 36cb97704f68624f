package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.impl.TableFixture.filing;
import static budget.audit.rules.impl.TableFixture.prose;
import static budget.audit.rules.impl.TableFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRulesTest {

    private static final List<String> KIND_COLUMNS = List.of("合计", "基本支出", "项目支出");

    /** A clean 一般公共预算支出表 whose 20805 row carries a 0.01 rounding residue. */
    private static BudgetTable general(String row20103) {
        return table("附件2", "一般公共预算支出表", TableKind.GENERAL_BUDGET_EXPENDITURE, WAN_YUAN, KIND_COLUMNS, 10,
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
                "2080599|其他行政事业单位养老支出|7.19|7.19|-");
    }

    private static final String CLEAN_20103 = "20103|政府办公厅（室）及相关机构事务|2099.40|499.40|1600.00";

    private static List<Check> outcome(List<Check> checks, Outcome outcome) {
        return checks.stream().filter(c -> c.outcome() == outcome).toList();
    }

    private static List<Integer> lines(Check check) {
        return check.evidence().stream().map(Provenance::line).toList();
    }

    @Test
    void cleanTableWithRoundingResidueHasNoFailure() {
        BudgetFiling f = filing(List.of(general(CLEAN_20103)), List.of());
        List<Check> tb1 = run(new Tb001TableHierarchy(), f);
        assertEquals(List.of(), outcome(tb1, Outcome.FAIL));
        List<Check> rounding = outcome(tb1, Outcome.ROUNDING);
        assertEquals(2, rounding.size(), rounding.toString());
        Check r = rounding.getFirst();
        assertEquals("附件2 一般公共预算支出表 20805 行政事业单位养老支出 合计", r.subject());
        assertEquals("68.54", r.stated().printed());
        assertEquals("68.53", plain(r.computed()));
        assertEquals("0.01", plain(r.difference()));
        assertEquals(List.of(18, 19, 20, 21), lines(r));
        assertEquals(List.of(), outcome(run(new Tb002RowIdentity(), f), Outcome.FAIL));
    }

    @Test
    void kuanOffBy250IsFoundTwiceWithItsEvidence() {
        BudgetFiling f = filing(List.of(general("20103|政府办公厅（室）及相关机构事务|2349.40|499.40|1600.00")), List.of());
        List<Check> fails = outcome(run(new Tb001TableHierarchy(), f), Outcome.FAIL);
        assertEquals(2, fails.size(), fails.toString());
        Check klass = fails.get(0);
        assertEquals("附件2 一般公共预算支出表 201 一般公共服务支出 合计", klass.subject());
        assertEquals("2099.40", klass.stated().printed());
        assertEquals("2349.40", plain(klass.computed()));
        assertEquals("-250.00", plain(klass.difference()));
        assertEquals(List.of(12, 13), lines(klass));
        assertEquals("所属各款之和", klass.args().get("relation"));
        Check kuan = fails.get(1);
        assertEquals("附件2 一般公共预算支出表 20103 政府办公厅（室）及相关机构事务 合计", kuan.subject());
        assertEquals("2349.40", kuan.stated().printed());
        assertEquals("2099.40", plain(kuan.computed()));
        assertEquals("250.00", plain(kuan.difference()));
        assertEquals(List.of(13, 14, 15, 16), lines(kuan));
        Provenance parent = kuan.evidence().getFirst();
        assertEquals("附件2 一般公共预算支出表", parent.table());
        assertEquals("20103 政府办公厅（室）及相关机构事务", parent.row());
        assertEquals("合计", parent.cell());
        assertEquals("20103\t政府办公厅（室）及相关机构事务\t2349.40\t499.40\t1600.00", parent.text());

        List<Check> rowFails = outcome(run(new Tb002RowIdentity(), f), Outcome.FAIL);
        assertEquals(1, rowFails.size());
        assertEquals("2349.40", rowFails.getFirst().stated().printed());
        assertEquals("2099.40", plain(rowFails.getFirst().computed()));
        assertEquals("基本支出与项目支出之和", rowFails.getFirst().args().get("relation"));
    }

    @Test
    void misplacedCodeFailsAndDamagedCodeCountsUnderItsParent() {
        BudgetTable economic = table("", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, YUAN,
                List.of("合计", "人员经费", "公用经费"), 1,
                "301|工资福利支出|300|300|0",
                "30101|基本工资|100|100|0",
                "301|津贴补贴|150|150|0",
                "30113|住房公积金|50|50|0",
                "302|商品和服务支出|80|0|80",
                "30301|离休费|80|0|80",
                "|合计|380|300|80");
        List<Check> fails = outcome(run(new Tb001TableHierarchy(), filing(List.of(economic), List.of())),
                Outcome.FAIL);
        assertEquals(1, fails.size(), fails.toString());
        assertEquals("基本支出经济分类表 30301 离休费 科目编码", fails.getFirst().subject());
        assertEquals("302 商品和服务支出", fails.getFirst().args().get("parent"));
        assertEquals(List.of(7, 6), lines(fails.getFirst()));
    }

    @Test
    void proseContradictingTableFails() {
        BudgetFiling f = filing(List.of(general(CLEAN_20103)), List.of(
                prose(FactKeys.EXPENDITURE_BASIC, "基本支出", "577.94", WAN_YUAN, 3),
                prose(FactKeys.EXPENDITURE_ITEM, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）",
                        "20.45", WAN_YUAN, 4)));
        List<Check> checks = run(new Xt001ProseMatchesTable(), f);
        assertEquals(2, checks.size(), checks.toString());
        Check basic = checks.getFirst();
        assertEquals(Outcome.FAIL, basic.outcome());
        assertEquals("577.94", basic.stated().printed());
        assertEquals("567.94", plain(basic.computed()));
        assertEquals("10.00", plain(basic.difference()));
        assertEquals(List.of(3, 11), lines(basic));
        Check item = checks.get(1);
        assertEquals(Outcome.PASS, item.outcome());
        assertEquals(List.of(4, 20), lines(item));
    }

    @Test
    void wrongTableUnitIsAProseTableMismatch() {
        BudgetTable yuanByMistake = table("", "部门支出总表", TableKind.EXPENDITURE_SUMMARY, YUAN, KIND_COLUMNS, 1,
                "|合计|2167.94|567.94|1600.00");
        Check total = run(new Xt001ProseMatchesTable(), filing(List.of(yuanByMistake),
                List.of(prose(FactKeys.EXPENDITURE_TOTAL, "支出合计", "2167.94", WAN_YUAN, 1)))).getFirst();
        assertEquals(Outcome.FAIL, total.outcome());
        assertEquals("0.216794", plain(total.computed()));
        assertEquals("2167.723206", plain(total.difference()));
        assertEquals("2167.94元", total.args().get("other"));
    }

    @Test
    void wholeWanYuanHeadlineIsRoundingAndCutOffIsTruncation() {
        BudgetTable yuan = table("", "部门支出总表", TableKind.EXPENDITURE_SUMMARY, YUAN, KIND_COLUMNS, 1,
                "|合计|171915209|127642039|44273170");
        List<Check> checks = run(new Xt001ProseMatchesTable(), filing(List.of(yuan), List.of(
                prose(FactKeys.EXPENDITURE_TOTAL, "支出合计", "17192", WAN_YUAN, 1),
                prose(FactKeys.EXPENDITURE_BASIC, "基本支出", "12764.30", WAN_YUAN, 2),
                prose(FactKeys.EXPENDITURE_PROJECT, "项目支出", "4427.31", WAN_YUAN, 3))));
        assertEquals(List.of(Outcome.ROUNDING, Outcome.FAIL, Outcome.TRUNCATION),
                checks.stream().map(Check::outcome).toList());
    }

    @Test
    void summaryTablesBalance() {
        BudgetTable in = table("附件1", "财政拨款收支总表（收入）", TableKind.FISCAL_SUMMARY, WAN_YUAN, List.of("合计"),
                BudgetTable.Part.INCOME, 1,
                "|一、本年收入|2246.51", "|一般公共预算资金|2246.51", "|政府性基金预算资金|-", "|收入合计|2246.51");
        BudgetTable out = table("附件1", "财政拨款收支总表（支出）", TableKind.FISCAL_SUMMARY, WAN_YUAN,
                List.of("合计", "一般公共预算"), BudgetTable.Part.EXPENDITURE, 1,
                "|一、本年支出|2236.51|2236.51", "|支出合计|2236.51|2236.51");
        List<Check> checks = run(new Tb003SummaryBalance(), filing(List.of(in, out), List.of()));
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals("10.00", plain(checks.getFirst().difference()));
        assertEquals("balance", checks.getFirst().args().get("relation"));
    }

    @Test
    void sangongBelowItsEconomicLineIsAWarningCheck() {
        BudgetTable economic = table("", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, WAN_YUAN,
                List.of("合计", "人员经费", "公用经费"), 1,
                "302|商品和服务支出|3.00|-|3.00", "30217|公务接待费|1.50|-|1.50", "30231|公务用车运行维护费|1.50|-|1.50",
                "|合计|3.00|-|3.00");
        BudgetFiling f = filing(List.of(economic), List.of(
                prose(FactKeys.SANGONG_RECEPTION, "公务接待费", "1.00", WAN_YUAN, 1),
                prose(FactKeys.SANGONG_VEHICLE_OPERATION, "公务用车运行费", "4.50", WAN_YUAN, 2)));
        List<Check> checks = run(new Sg004SangongCoversEconomic(), f);
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals("0.50", plain(checks.getFirst().difference()));
        assertEquals(List.of(3, 1), lines(checks.getFirst()));
    }

    @Test
    void restatedProseFigureFails() {
        String label = "住房保障支出（类）住房改革支出（款）住房公积金（项）";
        BudgetFiling f = filing(List.of(), List.of(prose(FactKeys.EXPENDITURE_ITEM, label, "350.35", WAN_YUAN, 84),
                prose(FactKeys.EXPENDITURE_ITEM, label, "352.67", WAN_YUAN, 84),
                prose(FactKeys.EXPENDITURE_ITEM, "城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）", "922.02", WAN_YUAN, 83),
                prose(FactKeys.EXPENDITURE_ITEM, "城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）", "922.02", WAN_YUAN, 83)));
        List<Check> checks = run(new Xt003ProseRestated(), f);
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals("-2.32", plain(checks.getFirst().difference()));
        assertEquals(label, checks.getFirst().args().get("name"));
    }

    @Test
    void runningCostAgainstTheEconomicTablesPublicExpenses() {
        BudgetTable economic = table("附件3", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, WAN_YUAN,
                List.of("合计", "人员经费", "公用经费"), 1, "|合计|646.51|518.18|128.33");
        Check check = run(new Jy002RunningCostWithinPublic(), filing(List.of(economic),
                List.of(prose(FactKeys.JY_TOTAL, "机关运行经费", "261.96", WAN_YUAN, 59)))).getFirst();
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("128.33", plain(check.computed()));
        assertEquals("133.63", plain(check.difference()));
        assertTrue(check.evidence().get(1).table().startsWith("附件3"));
    }

    @Test
    void proseFactsOfTheFixtureAreProse() {
        assertEquals(Fact.Origin.PROSE, prose(FactKeys.JY_TOTAL, "x", "1", WAN_YUAN, 1).origin());
    }
}
