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

class Xt003ProseRestatedTest {

    @Test
    void restatedProseFigureFails() {
        String label = "住房保障支出（类）住房改革支出（款）住房公积金（项）";
        BudgetFiling f = filing(List.of(), List.of(prose(FactKeys.EXPENDITURE_ITEM, label, "350.35", WAN_YUAN, 84),
                prose(FactKeys.EXPENDITURE_ITEM, label, "352.67", WAN_YUAN, 84),
                prose(FactKeys.EXPENDITURE_ITEM, "城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）", "922.02", WAN_YUAN, 83),
                prose(FactKeys.EXPENDITURE_ITEM, "城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）", "922.02", WAN_YUAN, 83)));
        List<Check> checks = run(new Xt003ProseRestated(), f);
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals("-2.32", plain(checks.getFirst().difference()));
        assertEquals(label, checks.getFirst().args().get("name"));
    }
}
