package budget.audit.parse.table;

import budget.audit.model.AccountRole;
import budget.audit.model.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinalAccountsLayoutTest {

    private final FinalAccountsLayout layout = FinalAccountsLayout.get();

    @Test
    void measureFromTheHeaderNeverFromPosition() {
        assertEquals(Measure.BUDGET, layout.measureOf("预算数/公务接待费", true));
        assertEquals(Measure.FINAL, layout.measureOf("决算数/公务用车购置及运行费/小计", true));
        assertEquals(Measure.BUDGET_INITIAL, layout.measureOf("年初预算数", true));
        assertEquals(Measure.BUDGET_ADJUSTED, layout.measureOf("全年预算数", true));
        assertEquals(Measure.FINAL, layout.measureOf("全年执行数", true));
        assertEquals(Measure.PRIOR_YEAR, layout.measureOf("2022年决算数", true, 2023));
        assertEquals(Measure.FINAL, layout.measureOf("2023年决算数", true, 2023));
        assertEquals(Measure.PRIOR_YEAR, layout.measureOf("上年决算数", true));
        // 上年结转 is money carried over, not last year's figure
        assertEquals(Measure.FINAL, layout.measureOf("上年结转和结余", true));
        assertEquals(Measure.CHANGE, layout.measureOf("增减额", true));
        // a 决算 table's own measure when the header names none; UNKNOWN elsewhere (fail closed)
        assertEquals(Measure.FINAL, layout.measureOf("本年支出/基本支出", true));
        assertEquals(Measure.UNKNOWN, layout.measureOf("本年支出/基本支出", false));
        assertEquals(Measure.UNKNOWN, layout.measureOf(null, false));
    }

    @Test
    void rolesOfTheBalance() {
        assertEquals(Optional.of(AccountRole.OPENING_BALANCE), layout.roleOf("年初财政拨款结转和结余"));
        assertEquals(Optional.of(AccountRole.OPENING_BALANCE), layout.roleOf("年初结转和结余"));
        assertEquals(Optional.of(AccountRole.CLOSING_BALANCE), layout.roleOf("年末 结转和结余"));
        assertEquals(Optional.of(AccountRole.YEAR_INCOME), layout.roleOf("本年收入合计"));
        assertEquals(Optional.of(AccountRole.YEAR_EXPENDITURE), layout.roleOf("本年支出合计"));
        assertEquals(Optional.of(AccountRole.FUND_DRAWDOWN), layout.roleOf("用事业基金弥补收支差额"));
        assertEquals(Optional.of(AccountRole.GRAND_TOTAL), layout.roleOf("总计"));
        assertEquals(Optional.empty(), layout.roleOf("一、一般公共预算财政拨款收入"));
        assertEquals(Optional.empty(), layout.roleOf("上年结转"));
    }

    @Test
    void standardTablesByTitleAcrossRegionalWording() {
        List<FinalAccountsLayout.StandardTable> set = layout.standardTables();
        assertEquals(9, set.size());
        FinalAccountsLayout.StandardTable summary = layout.standardTable("收入支出决算总表").orElseThrow();
        assertTrue(summary.matches("收入支出决算总表"));
        assertTrue(summary.matches("部门收支决算总表"));
        assertFalse(summary.matches("财政拨款收入支出决算总表"));
        FinalAccountsLayout.StandardTable spending = layout.standardTable("支出决算表").orElseThrow();
        assertTrue(spending.matches("支出决算表"));
        assertFalse(spending.matches("一般公共预算财政拨款基本支出决算表"));
        assertFalse(spending.matches("一般公共预算财政拨款支出决算表"));
        // named in a list of tables: the words around another name do not hide it
        assertTrue(spending.find("附件：1.财政拨款收入支出决算总表、2.支出决算表") >= 0);
        assertTrue(layout.standardTable("一般公共预算财政拨款“三公”经费支出决算表").orElseThrow()
                .matches("一般公共预算财政拨款“三公”经费支出决算表"));
        assertFalse(layout.standardTable("国有资本经营预算财政拨款支出决算表").orElseThrow().required());
    }
}
