package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.impl.TableFixture.filing;
import static budget.audit.rules.impl.TableFixture.outcome;
import static budget.audit.rules.impl.TableFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reading of a table that fails in most of its checks is not checked: one INSUFFICIENT_DATA with the reason. */
class TableReadingFailsClosedTest {

    /** Each budget unit listed under the 合计 with its own rows: read as a flat list, nearly every sum fails. */
    @Test
    void hierarchyThatMostlyFailsIsNotChecked() {
        BudgetTable t = table("", "基本支出预算表", TableKind.BASIC_EXPENDITURE_ECONOMIC, WAN_YUAN,
                List.of("合计", "一般公共预算"), 10,
                "|合计|100.00|100.00",
                "|某局（本级）|60.00|60.00",
                "|工资福利支出|50.00|50.00",
                "|商品和服务支出|10.00|10.00",
                "|某中心|40.00|40.00",
                "|工资福利支出|35.00|35.00",
                "|商品和服务支出|5.00|5.00");
        List<Check> checks = run(new Tb001TableHierarchy(), filing(List.of(t), List.of()));
        assertEquals(List.of(), outcome(checks, Outcome.FAIL));
        List<Check> doubt = outcome(checks, Outcome.INSUFFICIENT_DATA);
        assertEquals(1, doubt.size(), checks.toString());
        assertTrue(doubt.getFirst().args().get("reason").toString().contains("未核对"), doubt.toString());
    }

    /** A single wrong 款 in an otherwise sound table is still found (the reading holds for most sums). */
    @Test
    void oneDefectInASoundTableIsStillFound() {
        BudgetFiling f = filing(List.of(TableFixture.general(
                "20103|政府办公厅（室）及相关机构事务|2349.40|499.40|1600.00")), List.of());
        assertEquals(2, outcome(run(new Tb001TableHierarchy(), f), Outcome.FAIL).size());
    }

    /** 合计 = 基本支出 + 项目支出 + 单位预留机动经费 (Jiangsu). */
    @Test
    void reservedFundIsAPartOfTheTotal() {
        BudgetTable t = table("", "支出预算总表", TableKind.EXPENDITURE_SUMMARY, WAN_YUAN,
                List.of("合计", "基本支出", "项目支出", "单位预留机动经费"), 10,
                "|合计|18330.37|9312.90|6459.58|2557.89");
        List<Check> checks = run(new Tb002RowIdentity(), filing(List.of(t), List.of()));
        assertEquals(List.of(), outcome(checks, Outcome.FAIL), checks.toString());
        assertEquals(1, outcome(checks, Outcome.PASS).size(), checks.toString());
    }

    /** A 6-digit budget-unit code printed before the classification code is not judged as the code. */
    @Test
    void unitCodeBeforeTheCodeIsNotTheCode() {
        BudgetTable t = table("", "财政拨款结转资金支出表", TableKind.OTHER, WAN_YUAN, List.of("合计"), 10,
                "2150510|工业和信息产业支持|9.00");
        var row = t.rows().getFirst();
        var printed = new budget.audit.model.TableRow(0, row.code(), row.name(), row.values(),
                new budget.audit.model.Provenance("f", 11, null, t.reference(), row.key(), null,
                        "125001\t某局\t项目\t9.00\t2150510\t工业和信息产业支持"));
        BudgetTable withSource = new BudgetTable("", t.title(), t.kind(), WAN_YUAN, t.columns(), List.of(printed),
                false, null, t.source(), BudgetTable.Part.WHOLE, t.columns());
        assertEquals(List.of(), outcome(run(new Tb004CodeFormat(), filing(List.of(withSource), List.of())),
                Outcome.FAIL));
    }

    /** One row per 功能科目 × 经济科目 (Beijing 预算03表): the 合计 is the sum of every detail row, and a wrong one shows. */
    @Test
    void crossClassifiedDetailRowsAddUpToTheTotal() {
        BudgetTable ok = table("", "支出总表", TableKind.EXPENDITURE_SUMMARY, WAN_YUAN, List.of("合计"), 10,
                "2010801|行政运行|30.00",
                "2010801|行政运行|20.00",
                "2010804|审计业务|5.00",
                "|合计|55.00");
        List<Check> checks = run(new Tb001TableHierarchy(), filing(List.of(ok), List.of()));
        assertEquals(1, outcome(checks, Outcome.PASS).size(), checks.toString());
        BudgetTable wrong = table("", "支出总表", TableKind.EXPENDITURE_SUMMARY, WAN_YUAN, List.of("合计"), 10,
                "2010801|行政运行|30.00",
                "2010801|行政运行|20.00",
                "2010804|审计业务|5.00",
                "|合计|65.00");
        assertEquals(1, outcome(run(new Tb001TableHierarchy(), filing(List.of(wrong), List.of())), Outcome.FAIL).size());
    }
}
