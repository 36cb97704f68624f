package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Js009BasicHalvesTest {

    private final Js009BasicHalves rule = new Js009BasicHalves();

    private static String basic(String personnel, String pub) {
        return String.join("\n",
                "表6",
                "一般公共预算财政拨款基本支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t决算数",
                "301\t工资福利支出\t" + personnel,
                "\t人员经费合计\t" + personnel,
                "302\t商品和服务支出\t" + pub,
                "\t公用经费合计\t" + pub,
                "");
    }

    private List<Check> run(String personnel, String pub) {
        return TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD + FinalFixtures.general("350.00", "100.00",
                "450.00") + basic(personnel, pub)));
    }

    @Test
    void halvesAddUpToTheBasicSpending() {
        assertEquals(List.of(Outcome.PASS), run("280.00", "70.00").stream().map(Check::outcome).toList());
    }

    @Test
    void halvesOffFail() {
        List<Check> checks = run("280.00", "60.00");
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("340.00", checks.getFirst().computed().toPlainString());
    }

    @Test
    void aHalfNotReadLeavesTheCheckUndone() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.general("350.00", "100.00", "450.00")
                + basic("280.00", "60.00").replace("公用经费合计", "")));
        assertEquals(List.of(Outcome.NOT_APPLICABLE), checks.stream().map(Check::outcome).toList());
    }
}
