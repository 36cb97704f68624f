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

class Jy001RunningCostItemsTest {

    private final Jy001RunningCostItems rule = new Jy001RunningCostItems();

    private static BudgetFiling items(String total) {
        return filing().prose(JY_TOTAL, total, WAN_YUAN).prose(JY_ITEM, "办公费", "17.19", WAN_YUAN)
                .prose(JY_ITEM, "印刷费", "1.20", WAN_YUAN).prose(JY_ITEM, "差旅费", "132", WAN_YUAN).build();
    }

    @Test
    void pass() {
        Check check = single(rule, items("150.39"));
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("150.39", plain(check.computed()));
        assertEquals(List.of(1, 2, 3, 4), lines(check));
        assertEquals("办公费17.19万元、印刷费1.20万元、差旅费132万元", check.args().get("parts"));
    }

    @Test
    void roundingWithinTheIntegerItemsInterval() {
        // 差旅费 "132" stands for [131.5, 132.5]
        assertEquals(Outcome.ROUNDING, single(rule, items("150.80")).outcome());
    }

    @Test
    void fail() {
        Check check = single(rule, items("151.39"));
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("1.00", plain(check.difference()));
    }

    @Test
    void notApplicableWithoutItems() {
        Check check = single(rule, filing().prose(JY_TOTAL, "47.25", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("机关运行经费明细", check.args().get("missing"));
    }

    @Test
    void insufficientWhenTotalUnreadable() {
        Check check = single(rule, filing().unreadable(JY_TOTAL).prose(JY_ITEM, "办公费", "17.19", WAN_YUAN).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
    }

    @Test
    void lastYearsFigureAfterTheTotalIsNoItem() {
        // "…运行经费预算30万元，2023年预算为40万元，减少10万元": 40 is last year's total, not an item of this year's
        List<Check> checks = TextFiling.run(rule, TextFiling.of("滨海市测试局2024年部门预算\n一、机关运行经费\n"
                + "2024年机关运行经费预算30.00万元，2023年预算为40.00万元，减少10.00万元，主要原因是压减办公费。\n"));
        assertTrue(checks.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
    }
}
