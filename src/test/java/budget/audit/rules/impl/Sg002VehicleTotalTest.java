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

class Sg002VehicleTotalTest {

    private final Sg002VehicleTotal rule = new Sg002VehicleTotal();

    @Test
    void pass() {
        Check check = single(rule, filing().prose(SANGONG_VEHICLE, "7.2", WAN_YUAN)
                .prose(SANGONG_VEHICLE_PURCHASE, "0.0", WAN_YUAN).prose(SANGONG_VEHICLE_OPERATION, "7.2", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("公务用车购置及运行费（说明文字）", check.subject());
        assertEquals(List.of(1, 2, 3), lines(check));
    }

    @Test
    void fail() {
        Check check = single(rule, filing().prose(SANGONG_VEHICLE, "7.2", WAN_YUAN)
                .prose(SANGONG_VEHICLE_PURCHASE, "0.0", WAN_YUAN).prose(SANGONG_VEHICLE_OPERATION, "6.2", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("6.2", plain(check.computed()));
        assertEquals("1.0", plain(check.difference()));
    }

    @Test
    void rounding() {
        Check check = single(rule, filing().prose(SANGONG_VEHICLE, "7.21", WAN_YUAN)
                .prose(SANGONG_VEHICLE_PURCHASE, "1.004", WAN_YUAN).prose(SANGONG_VEHICLE_OPERATION, "6.204", WAN_YUAN).build());
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("7.208", plain(check.computed()));
    }

    @Test
    void notApplicableWhenOperationNotStated() {
        Check check = single(rule, filing().prose(SANGONG_VEHICLE, "7.2", WAN_YUAN)
                .prose(SANGONG_VEHICLE_PURCHASE, "7.2", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("公务用车运行费", check.args().get("missing"));
    }

    @Test
    void insufficientWhenPurchaseUnreadable() {
        Check check = single(rule, filing().prose(SANGONG_VEHICLE, "7.2", WAN_YUAN)
                .unreadable(SANGONG_VEHICLE_PURCHASE).prose(SANGONG_VEHICLE_OPERATION, "7.2", WAN_YUAN).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
        assertEquals("公务用车购置费的金额无法识读", check.args().get("reason"));
    }
}
