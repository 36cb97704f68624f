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

class Sr002IncomeEqualsExpenditureTest {

    private final Sr002IncomeEqualsExpenditure rule = new Sr002IncomeEqualsExpenditure();

    @Test
    void gapIsStated() {
        Check check = single(rule, filing().prose(INCOME_TOTAL, "29318", WAN_YUAN)
                .prose(EXPENDITURE_TOTAL, "22002.1", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("29318", check.stated().printed());
        assertEquals("22002.1", plain(check.computed()));
        assertEquals("7315.9", plain(check.difference()));
        assertEquals("22002.1万元", check.args().get("other"));
        assertEquals("收入合计（说明文字）", check.subject());
        assertEquals(List.of(1, 2), lines(check));
    }

    @Test
    void balancedPasses() {
        Check check = single(rule, filing().prose(INCOME_TOTAL, "3669.77", WAN_YUAN)
                .prose(EXPENDITURE_TOTAL, "3669.77", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
    }

    @Test
    void roundedHeadlineIsRounding() {
        Check check = single(rule, filing().table("收支总表", INCOME_TOTAL, "17192", WAN_YUAN)
                .table("收支总表", EXPENDITURE_TOTAL, "171915169", YUAN).build());
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("17191.5169", plain(check.computed()));
    }

    @Test
    void truncatedFigureIsTruncation() {
        Check check = single(rule, filing().table("收支总表", INCOME_TOTAL, "87.70", WAN_YUAN)
                .table("收支总表", EXPENDITURE_TOTAL, "877080", YUAN).build());
        assertEquals(Outcome.TRUNCATION, check.outcome());
        assertEquals("87.708", plain(check.computed()));
        assertEquals("-0.008", plain(check.difference()));
    }

    @Test
    void originsAreNotMixed() {
        Check check = single(rule, filing().prose(INCOME_TOTAL, "29318", WAN_YUAN)
                .table("收支总表", EXPENDITURE_TOTAL, "22002.1", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("支出合计", check.args().get("missing"));
        assertEquals(List.of(1), lines(check));
    }

    @Test
    void insufficientWhenExpenditureUnreadable() {
        Check check = single(rule, filing().prose(INCOME_TOTAL, "29318", WAN_YUAN)
                .unreadable(EXPENDITURE_TOTAL).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
        assertEquals("支出合计的金额无法识读", check.args().get("reason"));
    }

    @Test
    void notApplicableWithoutIncome() {
        Check check = single(rule, filing().prose(EXPENDITURE_TOTAL, "22002.1", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("收入合计", check.args().get("missing"));
    }
}
