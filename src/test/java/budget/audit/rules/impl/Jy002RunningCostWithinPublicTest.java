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

class Jy002RunningCostWithinPublicTest {

    private final Jy002RunningCostWithinPublic rule = new Jy002RunningCostWithinPublic();

    @Test
    void equalPasses() {
        Check check = single(rule, filing().prose(JY_TOTAL, "429.64", WAN_YUAN)
                .prose(PUBLIC_EXPENSES, "429.64", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("0.00", plain(check.difference()));
        assertEquals(List.of(1, 2), lines(check));
    }

    @Test
    void withinRoundingOnlyIsRounding() {
        Check check = single(rule, filing().table("表9", JY_TOTAL, "2517.78", WAN_YUAN)
                .table("表3", PUBLIC_EXPENSES, "25177779", YUAN).build());
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("2517.7779", plain(check.computed()));
        assertEquals("0.0021", plain(check.difference()));
        assertEquals("25177779元", check.args().get("other"));
    }

    @Test
    void exceedingFails() {
        Check check = single(rule, filing().prose(JY_TOTAL, "500.1", WAN_YUAN)
                .prose(PUBLIC_EXPENSES, "499.9", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("499.9", plain(check.computed()));
        assertEquals("0.2", plain(check.difference()));
    }

    @Test
    void notApplicableWithoutPublicExpenses() {
        Check check = single(rule, filing().prose(JY_TOTAL, "500.1", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("公用经费", check.args().get("missing"));
    }

    @Test
    void insufficientWhenPublicUnreadable() {
        Check check = single(rule, filing().prose(JY_TOTAL, "500.1", WAN_YUAN).unreadable(PUBLIC_EXPENSES).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
    }
}
