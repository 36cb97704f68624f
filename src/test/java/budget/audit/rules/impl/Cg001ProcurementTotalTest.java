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

class Cg001ProcurementTotalTest {

    private final Cg001ProcurementTotal rule = new Cg001ProcurementTotal();

    private static BudgetFiling procurement(String total, String services) {
        return filing().prose(PROCUREMENT_TOTAL, total, WAN_YUAN).prose(PROCUREMENT_GOODS, "268.6", WAN_YUAN)
                .prose(PROCUREMENT_WORKS, "0.0", WAN_YUAN).prose(PROCUREMENT_SERVICES, services, WAN_YUAN).build();
    }

    @Test
    void pass() {
        Check check = single(rule, procurement("5400.4", "5131.8"));
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals(List.of(1, 2, 3, 4), lines(check));
    }

    @Test
    void rounding() {
        Check check = single(rule, procurement("5400.4", "5131.85"));
        assertEquals(Outcome.ROUNDING, check.outcome());
        assertEquals("5400.45", plain(check.computed()));
    }

    @Test
    void fail() {
        Check check = single(rule, procurement("5400.4", "5100.0"));
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("5368.6", plain(check.computed()));
        assertEquals("31.8", plain(check.difference()));
    }

    @Test
    void allZeroPasses() {
        Check check = single(rule, filing().prose(PROCUREMENT_TOTAL, "0", WAN_YUAN).prose(PROCUREMENT_GOODS, "0", WAN_YUAN)
                .prose(PROCUREMENT_WORKS, "0", WAN_YUAN).prose(PROCUREMENT_SERVICES, "0", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
    }

    @Test
    void notApplicableWithoutWorks() {
        Check check = single(rule, filing().prose(PROCUREMENT_TOTAL, "5400.4", WAN_YUAN)
                .prose(PROCUREMENT_GOODS, "268.6", WAN_YUAN).prose(PROCUREMENT_SERVICES, "5131.8", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("政府采购工程", check.args().get("missing"));
    }

    @Test
    void insufficientWhenGoodsUnreadable() {
        Check check = single(rule, filing().prose(PROCUREMENT_TOTAL, "5400.4", WAN_YUAN).unreadable(PROCUREMENT_GOODS)
                .prose(PROCUREMENT_WORKS, "0.0", WAN_YUAN).prose(PROCUREMENT_SERVICES, "5131.8", WAN_YUAN).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
    }
}
