package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.FactKeys.*;
import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.lines;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.FilingFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Zc002BasicExpenditureTest {

    private final Zc002BasicExpenditure rule = new Zc002BasicExpenditure();

    @Test
    void yuanPartsAgainstWanTotalRound() {
        String table = "表3 基本支出表";
        Check check = single(rule, filing().table(table, EXPENDITURE_BASIC, "1276.42", WAN_YUAN)
                .table(table, PERSONNEL, "10246426", YUAN).table(table, PUBLIC_EXPENSES, "2517779", YUAN).build());
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("1276.4205", plain(check.computed()));
        assertEquals("-0.0005", plain(check.difference()));
        assertEquals("基本支出（表3 基本支出表）", check.subject());
    }

    @Test
    void exactPasses() {
        Check check = single(rule, filing().prose(EXPENDITURE_BASIC, "14719.3", WAN_YUAN)
                .prose(PERSONNEL, "11820.9", WAN_YUAN).prose(PUBLIC_EXPENSES, "2898.4", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
    }

    @Test
    void gapFails() {
        Check check = single(rule, filing().prose(EXPENDITURE_BASIC, "14809.3", WAN_YUAN)
                .prose(PERSONNEL, "11820.9", WAN_YUAN).prose(PUBLIC_EXPENSES, "2898.4", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("14719.3", plain(check.computed()));
        assertEquals("90.0", plain(check.difference()));
    }

    @Test
    void notApplicableWithoutPublicExpenses() {
        Check check = single(rule, filing().prose(EXPENDITURE_BASIC, "14809.3", WAN_YUAN)
                .prose(PERSONNEL, "11820.9", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("公用经费", check.args().get("missing"));
    }

    @Test
    void insufficientWhenPersonnelUnreadable() {
        Check check = single(rule, filing().prose(EXPENDITURE_BASIC, "14809.3", WAN_YUAN)
                .unreadable(PERSONNEL).prose(PUBLIC_EXPENSES, "2898.4", WAN_YUAN).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
        assertEquals("人员经费的金额无法识读", check.args().get("reason"));
    }

    @Test
    void aThirdPartBesidePersonnelAndPublicIsNotAGap() {
        // "…基本支出…，其中：人员经费…；对个人和家庭的补助…；公用经费…": the split has three parts, so 人员经费 +
        // 公用经费 is not the whole and no sum of two is compared
        List<Check> checks = TextFiling.run(new Zc002BasicExpenditure(), TextFiling.of("滨海市测试局2024年部门预算\n"
                + "一、一般公共预算基本支出\n2024年一般公共预算基本支出90.00万元，其中：人员经费60.00万元，主要包括基本工资；"
                + "对个人和家庭的补助12.00万元，主要包括退休费；公用经费18.00万元，主要包括办公费。\n"));
        assertTrue(checks.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
    }

    @Test
    void aBracketedDetailOfPersonnelIsNoThirdPart() {
        // "人员经费…（工资福利支出…、对个人和家庭的补助…）、公用经费…": the bracket details 人员经费, the split stays two parts
        List<Check> checks = TextFiling.run(new Zc002BasicExpenditure(), TextFiling.of("滨海市测试局2024年部门预算\n"
                + "一、一般公共预算基本支出\n2024年一般公共预算基本支出90.00万元，其中：人员经费72.00万元（工资福利支出"
                + "60.00万元、对个人和家庭的补助12.00万元），公用经费18.00万元。\n"));
        assertTrue(checks.stream().anyMatch(c -> c.outcome() == Outcome.PASS), checks.toString());
    }
}
