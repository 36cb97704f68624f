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

class Sg004SangongCoversEconomicTest {

    @Test
    void sangongBelowItsEconomicLineIsAWarningCheck() {
        BudgetTable economic = table("", "基本支出经济分类表", TableKind.BASIC_EXPENDITURE_ECONOMIC, WAN_YUAN,
                List.of("合计", "人员经费", "公用经费"), 1,
                "302|商品和服务支出|3.00|-|3.00", "30217|公务接待费|1.50|-|1.50", "30231|公务用车运行维护费|1.50|-|1.50",
                "|合计|3.00|-|3.00");
        BudgetFiling f = filing(List.of(economic), List.of(
                prose(FactKeys.SANGONG_RECEPTION, "公务接待费", "1.00", WAN_YUAN, 1),
                prose(FactKeys.SANGONG_VEHICLE_OPERATION, "公务用车运行费", "4.50", WAN_YUAN, 2)));
        List<Check> checks = run(new Sg004SangongCoversEconomic(), f);
        assertEquals(List.of(Outcome.FAIL, Outcome.PASS), checks.stream().map(Check::outcome).toList());
        assertEquals("0.50", plain(checks.getFirst().difference()));
        assertEquals(List.of(3, 1), lines(checks.getFirst()));
    }
}
