package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.FilingFixture;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static budget.audit.model.FactKeys.SANGONG_ABROAD;
import static budget.audit.model.FactKeys.SANGONG_RECEPTION;
import static budget.audit.model.FactKeys.SANGONG_TOTAL;
import static budget.audit.model.FactKeys.SANGONG_VEHICLE;
import static budget.audit.model.FactKeys.SANGONG_VEHICLE_OPERATION;
import static budget.audit.model.FactKeys.SANGONG_VEHICLE_PURCHASE;
import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.lines;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.FilingFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** SG001, and through it the shared "total = Σ parts" behaviour (SumIdentity). */
class Sg001SangongTotalTest {

    private final Sg001SangongTotal rule = new Sg001SangongTotal();

    private static BudgetFiling prose(String total, String abroad, String vehicle, String reception) {
        return filing().prose(SANGONG_TOTAL, total, WAN_YUAN).prose(SANGONG_ABROAD, abroad, WAN_YUAN)
                .prose(SANGONG_VEHICLE, vehicle, WAN_YUAN).prose(SANGONG_RECEPTION, reception, WAN_YUAN).build();
    }

    @Test
    void exactSumPasses() {
        Check check = single(rule, prose("9.8", "0", "7.2", "2.6"));
        assertEquals("SG001", check.ruleId());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("“三公”经费合计（说明文字）", check.subject());
        assertEquals("9.8", check.stated().printed());
        assertEquals("9.8", plain(check.computed()));
        assertEquals("0.0", plain(check.difference()));
        assertEquals(WAN_YUAN, check.unit());
        assertEquals("SG001", check.messageKey());
        assertEquals(List.of(1, 2, 3, 4), lines(check));
        assertEquals(Map.of("origin", "说明文字",
                "partNames", "因公出国（境）费、公务用车购置及运行费、公务接待费",
                "parts", "因公出国（境）费0万元、公务用车购置及运行费7.2万元、公务接待费2.6万元"), check.args());
    }

    @Test
    void residueWithinRoundingIsRounding() {
        Check check = single(rule, prose("646.51", "511.96", "127.09", "7.45"));
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("646.50", plain(check.computed()));
        assertEquals("0.01", plain(check.difference()));
    }

    @Test
    void gapBeyondRoundingFails() {
        Check check = single(rule, prose("12.40", "3.00", "6.50", "2.40"));
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("11.90", plain(check.computed()));
        assertEquals("0.50", plain(check.difference()));
    }

    @Test
    void vehicleMayBeGivenAsPurchasePlusOperation() {
        // "0.0" not "0": a printed 0 stands for [-0.5, 0.5] and would absorb the gap as rounding
        BudgetFiling filing = filing().prose(SANGONG_TOTAL, "9.8", WAN_YUAN).prose(SANGONG_ABROAD, "0.0", WAN_YUAN)
                .prose(SANGONG_VEHICLE_OPERATION, "7.2", WAN_YUAN).prose(SANGONG_VEHICLE_PURCHASE, "0.0", WAN_YUAN)
                .prose(SANGONG_RECEPTION, "2.9", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("10.1", plain(check.computed()));
        assertEquals("-0.3", plain(check.difference()));
        assertEquals(List.of(1, 2, 4, 3, 5), lines(check));
        assertEquals("因公出国（境）费、公务用车购置费、公务用车运行费、公务接待费", check.args().get("partNames"));
    }

    @Test
    void missingPartIsNotApplicableNotZero() {
        // were 公务接待费 taken as 0, 7.2 = 0 + 7.2 would pass
        BudgetFiling filing = filing().prose(SANGONG_TOTAL, "7.2", WAN_YUAN).prose(SANGONG_ABROAD, "0", WAN_YUAN)
                .prose(SANGONG_VEHICLE, "7.2", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("公务接待费", check.args().get("missing"));
        assertNull(check.computed());
        assertEquals(List.of(1, 2, 3), lines(check));
    }

    @Test
    void onlyPurchaseWithoutOperationIsNotApplicable() {
        BudgetFiling filing = filing().prose(SANGONG_TOTAL, "2.6", WAN_YUAN).prose(SANGONG_ABROAD, "0", WAN_YUAN)
                .prose(SANGONG_VEHICLE_PURCHASE, "0", WAN_YUAN).prose(SANGONG_RECEPTION, "2.6", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("公务用车购置及运行费", check.args().get("missing"));
    }

    @Test
    void noTotalIsNotApplicable() {
        Check check = single(rule, filing().prose(SANGONG_ABROAD, "0", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("“三公”经费合计", check.subject());
        assertEquals("“三公”经费合计", check.args().get("missing"));
        assertEquals(List.of(), check.evidence());
    }

    @Test
    void unreadablePartIsInsufficientData() {
        BudgetFiling filing = filing().prose(SANGONG_TOTAL, "9.8", WAN_YUAN).prose(SANGONG_ABROAD, "0", WAN_YUAN)
                .unreadable(SANGONG_VEHICLE).prose(SANGONG_RECEPTION, "2.6", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
        assertEquals("公务用车购置及运行费的金额无法识读", check.args().get("reason"));
        assertNull(check.stated());
        assertEquals(List.of(1, 2, 3, 4), lines(check));
    }

    @Test
    void unreadableTotalIsInsufficientData() {
        BudgetFiling filing = filing().unreadable(SANGONG_TOTAL).prose(SANGONG_ABROAD, "0", WAN_YUAN)
                .prose(SANGONG_VEHICLE, "7.2", WAN_YUAN).prose(SANGONG_RECEPTION, "2.6", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
        assertEquals("“三公”经费合计的金额无法识读", check.args().get("reason"));
    }

    @Test
    void headlineStatementCounts() {
        BudgetFiling filing = filing().prose(SANGONG_TOTAL, "9.8", WAN_YUAN).prose(SANGONG_ABROAD, "0", WAN_YUAN)
                .prose(SANGONG_VEHICLE, "7.2", WAN_YUAN).prose(SANGONG_RECEPTION, "2.6", WAN_YUAN)
                .prose(SANGONG_TOTAL, "12", WAN_YUAN).prose(SANGONG_VEHICLE, "9.4", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals(List.of(1, 2, 3, 4), lines(check));
    }

    @Test
    void proseAndTablesAreCheckedSeparatelyNeverMixed() {
        String table = "附件5 “三公”经费表";
        BudgetFiling filing = filing()
                .prose(SANGONG_TOTAL, "9.8", WAN_YUAN).prose(SANGONG_ABROAD, "0", WAN_YUAN)
                .prose(SANGONG_VEHICLE, "7.2", WAN_YUAN).prose(SANGONG_RECEPTION, "2.6", WAN_YUAN)
                .table(table, SANGONG_TOTAL, "0.9975", WAN_YUAN).table(table, SANGONG_ABROAD, "0", YUAN)
                .table(table, SANGONG_VEHICLE, "5000", YUAN).table(table, SANGONG_RECEPTION, "4976", YUAN).build();
        List<Check> checks = run(rule, filing);
        assertEquals(2, checks.size());
        assertEquals(Outcome.PASS, checks.get(0).outcome());
        assertEquals(List.of(1, 2, 3, 4), lines(checks.get(0)));
        Check tableCheck = checks.get(1);
        assertEquals(Outcome.ROUNDING, tableCheck.outcome());
        assertEquals("“三公”经费合计（附件5 “三公”经费表）", tableCheck.subject());
        assertEquals("0.9976", plain(tableCheck.computed()));
        assertEquals("-0.0001", plain(tableCheck.difference()));
        assertEquals(List.of(5, 6, 7, 8), lines(tableCheck));
        assertEquals("附件5 “三公”经费表", tableCheck.args().get("origin"));
    }

    @Test
    void tableTotalWithOnlyProsePartsIsNotApplicable() {
        BudgetFiling filing = filing().table("三公表", SANGONG_TOTAL, "9.8", WAN_YUAN)
                .prose(SANGONG_ABROAD, "0", WAN_YUAN).prose(SANGONG_VEHICLE, "7.2", WAN_YUAN)
                .prose(SANGONG_RECEPTION, "2.6", WAN_YUAN).build();
        Check check = single(rule, filing);
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("因公出国（境）费、公务用车购置及运行费、公务接待费", check.args().get("missing"));
    }

    @Test
    void totalOwnedByAZoneNamedBeforeTheYearIsRead() {
        // the owner is a zone with its committee in brackets, not a 局 or a 中心
        String head = "青川湾产业园区（管委会）2024年部门预算\n青川湾产业园区（管委会）2024年一般公共预算“三公”经费支出预算为";
        String parts = "万元。其中：因公出国（境）费支出预算为2万元，公务接待费支出预算为8万元，"
                + "公务用车购置及运行费支出预算为41.5万元。\n";
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(rule, head + "51.5" + parts));
        assertEquals(List.of(Outcome.FAIL), TextFiling.outcomes(rule, head + "53.5" + parts));
    }
}
