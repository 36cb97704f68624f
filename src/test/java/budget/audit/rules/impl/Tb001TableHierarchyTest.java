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
import static budget.audit.rules.impl.TableFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Tb001TableHierarchyTest {

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
}
