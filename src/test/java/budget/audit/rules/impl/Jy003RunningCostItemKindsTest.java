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

class Jy003RunningCostItemKindsTest {

    private final Jy003RunningCostItemKinds rule = new Jy003RunningCostItemKinds();

    @Test
    void publicExpenseItemsPass() {
        Check check = single(rule, filing().prose(JY_TOTAL, "80", WAN_YUAN)
                .prose(JY_ITEM, "办公费", "20", WAN_YUAN).prose(JY_ITEM, "福利费", "20", WAN_YUAN)
                .prose(JY_ITEM, "工会经费", "20", WAN_YUAN).prose(JY_ITEM, "公务交通补贴", "20", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals("", check.args().get("items"));
        assertEquals(List.of(1, 2, 3, 4, 5), lines(check));
    }

    @Test
    void personnelItemsWarn() {
        Check check = single(rule, filing().prose(JY_TOTAL, "40", WAN_YUAN)
                .prose(JY_ITEM, "办公费", "20", WAN_YUAN).prose(JY_ITEM, "津贴补贴", "12", WAN_YUAN)
                .prose(JY_ITEM, "住房公积金", "8", WAN_YUAN).build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("津贴补贴、住房公积金", check.args().get("items"));
        assertEquals(List.of(1, 3, 4), lines(check));
        assertEquals("40", check.stated().printed());
    }

    @Test
    void classifiesItemNames() {
        for (String personnel : List.of("基本工资", "绩效工资", "奖金", "机关事业单位基本养老保险缴费", "职业年金缴费",
                "职工基本医疗保险缴费", "住房公积金", "对个人和家庭的补助", "退休费", "伙食补助费", "抚恤金")) {
            assertTrue(Jy003RunningCostItemKinds.isPersonnelItem(personnel), personnel);
        }
        for (String publicItem : List.of("办公费", "印刷费", "福利费", "工会经费", "公务用车运行维护费", "其他交通费用",
                "差旅费", "办公设备购置", "物业管理费", "取暖费", "公务接待费")) {
            assertFalse(Jy003RunningCostItemKinds.isPersonnelItem(publicItem), publicItem);
        }
    }

    @Test
    void notApplicableWithoutItems() {
        Check check = single(rule, filing().prose(JY_TOTAL, "40", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
    }
}
