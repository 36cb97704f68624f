package budget.audit.rules.impl;

import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Jx001PerformanceWithinProjectsTest {

    @Test
    void performanceAmountAboveProjectsFailsStatingBoth() {
        Check c = single(new Jx001PerformanceWithinProjects(), filing()
                .prose(FactKeys.PERFORMANCE_AMOUNT, "3200", WAN_YUAN)
                .prose(FactKeys.EXPENDITURE_PROJECT, "3007.6", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, c.outcome());
        assertEquals("3200", c.stated().printed());
        assertEquals("3007.6", c.computed().toPlainString());
    }

    @Test
    void equalPasses() {
        assertEquals(Outcome.PASS, single(new Jx001PerformanceWithinProjects(), filing()
                .prose(FactKeys.PERFORMANCE_AMOUNT, "1600", WAN_YUAN)
                .prose(FactKeys.EXPENDITURE_PROJECT, "1600", WAN_YUAN).build()).outcome());
    }
}
