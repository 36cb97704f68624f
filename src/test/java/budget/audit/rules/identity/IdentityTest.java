package budget.audit.rules.identity;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.FilingFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.FactKeys.EXPENDITURE_TOTAL;
import static budget.audit.model.FactKeys.FUNCTION_CLASS;
import static budget.audit.model.FactKeys.INCOME_SOURCE;
import static budget.audit.model.FactKeys.INCOME_TOTAL;
import static budget.audit.model.Unit.WAN_YUAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one identity engine: which facts stand for a total and its parts, and what of them is missing. */
class IdentityTest {

    private static final Identity BY_FUNCTION = Identity.of(EXPENDITURE_TOTAL, new Term.Family(FUNCTION_CLASS, true));

    @Test
    void totalNotStatedInAnOriginResolvesToNothingThere() {
        BudgetFiling filing = FilingFixture.filing().prose(EXPENDITURE_TOTAL, "10", WAN_YUAN).build();
        assertTrue(BY_FUNCTION.resolve(filing, Fact.Origin.TABLE).isEmpty());
        Resolution r = BY_FUNCTION.resolve(filing, Fact.Origin.PROSE).orElseThrow();
        assertEquals(List.of(FactKeys.chineseName(FUNCTION_CLASS)), r.missing());
        assertFalse(r.checkable());
    }

    @Test
    void familyTakesTheFirstStatementOfEachLabel() {
        BudgetFiling filing = FilingFixture.filing().prose(INCOME_TOTAL, "10", WAN_YUAN)
                .prose(INCOME_SOURCE, "财政拨款收入", "8", WAN_YUAN).prose(INCOME_SOURCE, "事业收入", "2", WAN_YUAN)
                .prose(INCOME_SOURCE, "财政拨款收入", "7", WAN_YUAN).build();
        Resolution r = Identity.of(INCOME_TOTAL, new Term.Family(INCOME_SOURCE, true))
                .resolve(filing, Fact.Origin.PROSE).orElseThrow();
        assertEquals(List.of("8", "2"), r.parts().stream().map(f -> f.amount().printed()).toList());
        assertTrue(r.checkable());
    }

    @Test
    void changesOfAFamilyCountOnlyWhenEveryItemHasOne() {
        BudgetFiling partly = FilingFixture.filing().prose(FactKeys.change(EXPENDITURE_TOTAL), "3", WAN_YUAN)
                .prose(FUNCTION_CLASS, "教育支出", "8", WAN_YUAN).prose(FUNCTION_CLASS, "卫生健康支出", "2", WAN_YUAN)
                .prose(FactKeys.change(FUNCTION_CLASS), "教育支出", "3", WAN_YUAN).build();
        Resolution r = BY_FUNCTION.changes().resolve(partly, Fact.Origin.PROSE).orElseThrow();
        assertTrue(r.parts().isEmpty());
        assertFalse(r.checkable());

        BudgetFiling whole = FilingFixture.filing().prose(FactKeys.change(EXPENDITURE_TOTAL), "3", WAN_YUAN)
                .prose(FUNCTION_CLASS, "教育支出", "8", WAN_YUAN)
                .prose(FactKeys.change(FUNCTION_CLASS), "教育支出", "3", WAN_YUAN).build();
        assertTrue(BY_FUNCTION.changes().resolve(whole, Fact.Origin.PROSE).orElseThrow().checkable());
    }

    @Test
    void aLabelledFamilyTermStandsForThatItemOnly() {
        BudgetFiling filing = FilingFixture.filing().prose(INCOME_SOURCE, "财政拨款收入", "8", WAN_YUAN)
                .prose(INCOME_SOURCE, "事业收入", "2", WAN_YUAN).build();
        Term term = new Term.Family(INCOME_SOURCE, "事业收入", true);
        assertEquals("事业收入", term.name());
        assertEquals(List.of("2"), term.resolve(filing, Fact.Origin.PROSE).stream()
                .map(f -> f.amount().printed()).toList());
    }
}
