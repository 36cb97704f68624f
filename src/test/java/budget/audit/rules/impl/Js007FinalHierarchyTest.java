package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Js007FinalHierarchyTest {

    private final Js007FinalHierarchy rule = new Js007FinalHierarchy();

    private static String table(String classTotal, String headingBudget) {
        return FinalFixtures.HEAD + String.join("\n",
                "表3",
                "支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t" + headingBudget + "\t基本支出\t项目支出",
                "\t合计\t" + classTotal + "\t350.00\t100.00",
                "201\t一般公共服务支出\t" + classTotal + "\t350.00\t100.00",
                "20101\t人大事务\t450.00\t350.00\t100.00",
                "2010101\t行政运行\t350.00\t350.00\t0.00",
                "2010102\t一般行政管理事务\t100.00\t0.00\t100.00",
                "");
    }

    @Test
    void hierarchyHolds() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(table("450.00", "本年支出合计")));
        assertTrue(!checks.isEmpty() && checks.stream().allMatch(c -> c.outcome() == Outcome.PASS), checks.toString());
        assertTrue(checks.stream().allMatch(c -> c.ruleId().equals("JS007")));
    }

    @Test
    void classNotTheSumOfItsItemsFails() {
        List<Check> fails = TextFiling.run(rule, TextFiling.of(table("460.00", "本年支出合计"))).stream()
                .filter(c -> c.outcome() == Outcome.FAIL).toList();
        assertEquals(1, fails.stream().filter(c -> c.subject().contains("201 一般公共服务支出")).count(), fails.toString());
        assertEquals("JS007", fails.getFirst().ruleId());
    }

    @Test
    void aTableWithABudgetColumnIsLeftAlone() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(table("460.00", "年初预算数")));
        assertTrue(checks.stream().noneMatch(c -> c.outcome() == Outcome.FAIL), checks.toString());
    }
}
