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

class Zc001ExpenditureByKindTest {

    private final Zc001ExpenditureByKind rule = new Zc001ExpenditureByKind();

    @Test
    void basicPlusProjectPasses() {
        Check check = single(rule, filing().prose(EXPENDITURE_TOTAL, "22002.1", WAN_YUAN)
                .prose(EXPENDITURE_BASIC, "18994.5", WAN_YUAN).prose(EXPENDITURE_PROJECT, "3007.6", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("22002.1", plain(check.computed()));
        assertEquals("基本支出、项目支出", check.args().get("partNames"));
    }

    @Test
    void otherKindsListedAreAdded() {
        BudgetFiling filing = filing().prose(EXPENDITURE_TOTAL, "100.0", WAN_YUAN)
                .prose(EXPENDITURE_BASIC, "60.0", WAN_YUAN).prose(EXPENDITURE_PROJECT, "30.0", WAN_YUAN)
                .prose(EXPENDITURE_OTHER_KIND, "事业单位经营支出", "10.0", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("基本支出、项目支出、事业单位经营支出", check.args().get("partNames"));
        assertEquals(List.of(1, 2, 3, 4), lines(check));
    }

    @Test
    void gapFails() {
        Check check = single(rule, filing().prose(EXPENDITURE_TOTAL, "100.0", WAN_YUAN)
                .prose(EXPENDITURE_BASIC, "60.0", WAN_YUAN).prose(EXPENDITURE_PROJECT, "30.0", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("90.0", plain(check.computed()));
        assertEquals("10.0", plain(check.difference()));
    }

    @Test
    void notApplicableWithoutProject() {
        Check check = single(rule, filing().prose(EXPENDITURE_TOTAL, "100.0", WAN_YUAN)
                .prose(EXPENDITURE_BASIC, "100.0", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("项目支出", check.args().get("missing"));
    }

    @Test
    void insufficientWhenBasicUnreadable() {
        Check check = single(rule, filing().prose(EXPENDITURE_TOTAL, "100.0", WAN_YUAN)
                .unreadable(EXPENDITURE_BASIC).prose(EXPENDITURE_PROJECT, "30.0", WAN_YUAN).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
    }
}
