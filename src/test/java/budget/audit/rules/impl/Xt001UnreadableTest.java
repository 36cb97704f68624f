package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 8: XT001 says a figure stated in both places could not be read, never "not stated". */
class Xt001UnreadableTest {

    @Test
    void unreadableProseFigureIsInsufficientDataNotNotApplicable() {
        BudgetFiling f = filing().unreadable(FactKeys.SANGONG_TOTAL)
                .table("“三公”经费支出表", FactKeys.SANGONG_TOTAL, "12.40", WAN_YUAN).build();
        List<Check> checks = run(new Xt001ProseMatchesTable(), f);
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), checks.stream().map(Check::outcome).toList(),
                checks.toString());
        assertTrue(String.valueOf(checks.getFirst().args().get("reason")).contains("无法识读"), checks.toString());
    }
}
