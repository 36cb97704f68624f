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

class Xt001ProseMatchesTableTest {

    @Test
    void proseContradictingTableFails() {
        BudgetFiling f = filing(List.of(general(CLEAN_20103)), List.of(
                prose(FactKeys.EXPENDITURE_BASIC, "基本支出", "577.94", WAN_YUAN, 3),
                prose(FactKeys.EXPENDITURE_ITEM, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）",
                        "20.45", WAN_YUAN, 4)));
        List<Check> checks = run(new Xt001ProseMatchesTable(), f);
        assertEquals(2, checks.size(), checks.toString());
        Check basic = checks.getFirst();
        assertEquals(Outcome.FAIL, basic.outcome());
        assertEquals("577.94", basic.stated().printed());
        assertEquals("567.94", plain(basic.computed()));
        assertEquals("10.00", plain(basic.difference()));
        assertEquals(List.of(3, 11), lines(basic));
        Check item = checks.get(1);
        assertEquals(Outcome.PASS, item.outcome());
        assertEquals(List.of(4, 20), lines(item));
    }

    @Test
    void wrongTableUnitIsAProseTableMismatch() {
        BudgetTable yuanByMistake = table("", "部门支出总表", TableKind.EXPENDITURE_SUMMARY, YUAN, KIND_COLUMNS, 1,
                "|合计|2167.94|567.94|1600.00");
        Check total = run(new Xt001ProseMatchesTable(), filing(List.of(yuanByMistake),
                List.of(prose(FactKeys.EXPENDITURE_TOTAL, "支出合计", "2167.94", WAN_YUAN, 1)))).getFirst();
        assertEquals(Outcome.FAIL, total.outcome());
        assertEquals("0.216794", plain(total.computed()));
        assertEquals("2167.723206", plain(total.difference()));
        assertEquals("2167.94元", total.args().get("other"));
    }

    @Test
    void wholeWanYuanHeadlineIsRoundingAndCutOffIsTruncation() {
        BudgetTable yuan = table("", "部门支出总表", TableKind.EXPENDITURE_SUMMARY, YUAN, KIND_COLUMNS, 1,
                "|合计|171915209|127642039|44273170");
        List<Check> checks = run(new Xt001ProseMatchesTable(), filing(List.of(yuan), List.of(
                prose(FactKeys.EXPENDITURE_TOTAL, "支出合计", "17192", WAN_YUAN, 1),
                prose(FactKeys.EXPENDITURE_BASIC, "基本支出", "12764.30", WAN_YUAN, 2),
                prose(FactKeys.EXPENDITURE_PROJECT, "项目支出", "4427.31", WAN_YUAN, 3))));
        assertEquals(List.of(Outcome.ROUNDING, Outcome.FAIL, Outcome.TRUNCATION),
                checks.stream().map(Check::outcome).toList());
    }

    @Test
    void proseFactsOfTheFixtureAreProse() {
        assertEquals(Fact.Origin.PROSE, prose(FactKeys.JY_TOTAL, "x", "1", WAN_YUAN, 1).origin());
    }
}
