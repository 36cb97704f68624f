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

class Jy004RunningCostItemizedTest {

    private final Jy004RunningCostItemized rule = new Jy004RunningCostItemized();

    @Test
    void statedWithoutItemsIsFlagged() {
        Check check = single(rule, filing().prose(JY_TOTAL, "47.25", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("47.25", check.stated().printed());
        assertEquals(WAN_YUAN, check.unit());
        assertEquals(List.of(1), lines(check));
    }

    @Test
    void itemizedPasses() {
        Check check = single(rule, filing().table("表9", JY_TOTAL, "47.25", WAN_YUAN).prose(JY_TOTAL, "47.25", WAN_YUAN)
                .prose(JY_ITEM, "办公费", "47.25", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("机关运行经费（说明文字）", check.subject());
        assertEquals(List.of(2), lines(check));
    }

    @Test
    void unreadableTotalStillCountsAsStated() {
        Check check = single(rule, filing().unreadable(JY_TOTAL).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertNull(check.stated());
    }

    @Test
    void notApplicableWithoutTotal() {
        Check check = single(rule, filing().prose(PUBLIC_EXPENSES, "47.25", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("机关运行经费", check.args().get("missing"));
    }
}
