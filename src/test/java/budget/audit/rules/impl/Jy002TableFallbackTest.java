package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.impl.TableFixture.filing;
import static budget.audit.rules.impl.TableFixture.prose;
import static budget.audit.rules.impl.TableFixture.table;
import static budget.audit.rules.impl.TableFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Jy002TableFallbackTest {

    @Test
    void runningCostAgainstTheEconomicTablesPublicExpenses() {
        BudgetTable economic = table("附件3", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, WAN_YUAN,
                List.of("合计", "人员经费", "公用经费"), 1, "|合计|646.51|518.18|128.33");
        Check check = run(new Jy002RunningCostWithinPublic(), filing(List.of(economic),
                List.of(prose(FactKeys.JY_TOTAL, "机关运行经费", "261.96", WAN_YUAN, 59)))).getFirst();
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("128.33", plain(check.computed()));
        assertEquals("133.63", plain(check.difference()));
        assertTrue(check.evidence().get(1).table().startsWith("附件3"));
    }
}
