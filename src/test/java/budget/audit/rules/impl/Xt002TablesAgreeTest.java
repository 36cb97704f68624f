package budget.audit.rules.impl;

import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.impl.TableFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Xt002TablesAgreeTest {

    @Test
    void basicExpenditureAgainstTheEconomicTableAndPerformanceTotalInYuan() {
        BudgetTable economic = table("附件3", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, WAN_YUAN,
                List.of("合计", "人员经费", "公用经费"), 40, "|合计|577.94|449.61|128.33");
        BudgetTable performance = table("附件13", "整体绩效目标表", TableKind.PERFORMANCE, YUAN,
                List.of("合计", "基本支出", "项目支出"), 60, "|预算支出总额|21679360.80|5679360.80|16000000.00");
        List<Check> checks = run(new Xt002TablesAgree(),
                filing(List.of(general(CLEAN_20103), economic, performance), List.of()));
        assertEquals(List.of(Outcome.FAIL, Outcome.ROUNDING, Outcome.ROUNDING, Outcome.PASS),
                checks.stream().map(Check::outcome).toList());
        Check basic = checks.getFirst();
        assertEquals(Outcome.FAIL, basic.outcome());
        assertEquals("附件2 一般公共预算支出表 合计 基本支出", basic.subject());
        assertEquals("567.94", basic.stated().printed());
        assertEquals("577.94", plain(basic.computed()));
        assertEquals("-10.00", plain(basic.difference()));
        assertEquals(List.of(11, 41), lines(basic));
        assertEquals("附件13 整体绩效目标表 预算支出总额 合计", checks.get(1).subject());
        assertEquals("21679400.00", plain(checks.get(1).computed()));
        assertEquals("-39.20", plain(checks.get(1).difference()));
    }

    @Test
    void generalBudgetNotAboveTheWholeDepartment() {
        BudgetTable summary = table("附件9", "部门支出总表", TableKind.EXPENDITURE_SUMMARY, WAN_YUAN,
                List.of("合计", "基本支出", "项目支出"), 80,
                "|合计|2100.00|500.00|1600.00", "201|一般公共服务支出|2031.46|431.46|1600.00");
        List<Check> fails = run(new Xt002TablesAgree(), filing(List.of(general(CLEAN_20103), summary), List.of()))
                .stream().filter(c -> c.outcome() == Outcome.FAIL).toList();
        assertEquals(List.of("附件2 一般公共预算支出表 合计 合计", "附件2 一般公共预算支出表 201 一般公共服务支出 合计",
                "附件2 一般公共预算支出表 合计 基本支出", "附件2 一般公共预算支出表 201 一般公共服务支出 基本支出"),
                fails.stream().map(Check::subject).toList());
        assertEquals("atMost", fails.getFirst().args().get("relation"));
    }
}
