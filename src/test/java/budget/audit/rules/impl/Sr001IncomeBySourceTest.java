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

class Sr001IncomeBySourceTest {

    private final Sr001IncomeBySource rule = new Sr001IncomeBySource();

    private static BudgetFiling income(String total, String carriedOver) {
        return filing().prose(INCOME_TOTAL, total, WAN_YUAN)
                .prose(INCOME_SOURCE, "上年结转结余", carriedOver, WAN_YUAN)
                .prose(INCOME_SOURCE, "一般公共预算拨款收入", "17816.9", WAN_YUAN)
                .prose(INCOME_SOURCE, "事业收入", "1900", WAN_YUAN)
                .prose(INCOME_SOURCE, "其他收入", "146.4", WAN_YUAN).build();
    }

    @Test
    void sourcesIncludingCarryOverPass() {
        Check check = single(rule, income("29318", "9454.7"));
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("29318", plain(check.computed()));
        assertEquals(List.of(1, 2, 3, 4, 5), lines(check));
    }

    @Test
    void smallResidueIsRounding() {
        Check check = single(rule, income("29318", "9455.0"));
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("29318.3", plain(check.computed()));
        assertEquals("-0.3", plain(check.difference()));
    }

    @Test
    void gapFails() {
        Check check = single(rule, income("29318", "9000.0"));
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("28863.3", plain(check.computed()));
        assertEquals("454.7", plain(check.difference()));
    }

    @Test
    void notApplicableWithoutSources() {
        Check check = single(rule, filing().prose(INCOME_TOTAL, "29318", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("收入来源", check.args().get("missing"));
    }

    @Test
    void insufficientWhenTotalUnreadable() {
        Check check = single(rule, filing().unreadable(INCOME_TOTAL)
                .prose(INCOME_SOURCE, "事业收入", "1900", WAN_YUAN).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
    }
}
