package budget.audit.rules.impl;

import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.impl.TableFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Tb002RowIdentityTest {

    @Test
    void rowOfBasicAndProjectOff() {
        List<Check> fails = outcome(run(new Tb002RowIdentity(),
                filing(List.of(general("20103|政府办公厅（室）及相关机构事务|2349.40|499.40|1600.00")), List.of())),
                Outcome.FAIL);
        assertEquals(1, fails.size());
        Check f = fails.getFirst();
        assertEquals("附件2 一般公共预算支出表 20103 政府办公厅（室）及相关机构事务 合计", f.subject());
        assertEquals("2349.40", f.stated().printed());
        assertEquals("2099.40", plain(f.computed()));
        assertEquals("250.00", plain(f.difference()));
        assertEquals("基本支出与项目支出之和", f.args().get("relation"));
        assertEquals("基本支出 499.40、项目支出 1600.00", f.args().get("parts"));
        assertEquals(List.of("合计", "基本支出", "项目支出"), f.evidence().stream().map(p -> p.cell()).toList());
        assertEquals(List.of(13, 13, 13), lines(f));
    }

    @Test
    void personnelAndPublicAndSourceColumns() {
        BudgetTable economic = table("", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, YUAN,
                List.of("合计", "人员经费", "公用经费"), 1,
                "301|工资福利支出|300|300|-", "302|商品和服务支出|90|1|79", "|合计|390|301|89");
        BudgetTable income = table("", "收入总表", TableKind.INCOME_SUMMARY, YUAN,
                List.of("合计", "财政拨款", "事业收入", "其他收入"), 10, "|合计|500|450|-|50");
        List<Check> checks = run(new Tb002RowIdentity(), filing(List.of(economic, income), List.of()));
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.PASS),
                checks.stream().map(Check::outcome).toList());
        assertEquals("10", plain(checks.get(1).difference()));
        assertEquals("各资金来源之和", checks.get(3).args().get("relation"));
    }
}
