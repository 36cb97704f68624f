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

class Tb003SummaryBalanceTest {

    @Test
    void summaryTablesBalance() {
        BudgetTable in = table("附件1", "财政拨款收支总表（收入）", TableKind.FISCAL_SUMMARY, WAN_YUAN, List.of("合计"),
                BudgetTable.Part.INCOME, 1,
                "|一、本年收入|2246.51", "|一般公共预算资金|2246.51", "|政府性基金预算资金|-", "|收入合计|2246.51");
        BudgetTable out = table("附件1", "财政拨款收支总表（支出）", TableKind.FISCAL_SUMMARY, WAN_YUAN,
                List.of("合计", "一般公共预算"), BudgetTable.Part.EXPENDITURE, 1,
                "|一、本年支出|2236.51|2236.51", "|支出合计|2236.51|2236.51");
        List<Check> checks = run(new Tb003SummaryBalance(), filing(List.of(in, out), List.of()));
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals("10.00", plain(checks.getFirst().difference()));
        assertEquals("balance", checks.getFirst().args().get("relation"));
    }
}
