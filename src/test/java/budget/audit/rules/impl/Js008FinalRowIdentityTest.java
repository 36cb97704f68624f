package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Js008FinalRowIdentityTest {

    private final Js008FinalRowIdentity rule = new Js008FinalRowIdentity();

    @Test
    void basicPlusProjectHolds() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.general("350.00", "100.00", "450.00")));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void basicPlusProjectOffFails() {
        String text = FinalFixtures.HEAD + String.join("\n",
                "表5",
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                "\t合计\t450.00\t350.00\t100.00",
                "201\t一般公共服务支出\t400.00\t300.00\t100.00",
                "20101\t人大事务\t400.00\t300.00\t90.00",
                "208\t社会保障和就业支出\t50.00\t50.00\t0.00",
                "");
        List<Check> checks = TextFiling.run(rule, TextFiling.of(text));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.PASS),
                checks.stream().map(Check::outcome).toList());
        assertEquals("390.00", checks.get(2).computed().toPlainString());
    }

    /** Fail closed: when most rows fail, the reading of the columns is in doubt, not the table. */
    @Test
    void mostRowsFailingIsADoubtfulReading() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.general("350.00", "90.00", "450.00")));
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void incomeSources() {
        String text = FinalFixtures.HEAD + String.join("\n",
                "表2",
                "收入决算表",
                "单位：万元",
                "科目编码\t科目名称\t本年收入合计\t财政拨款收入\t事业收入\t其他收入",
                "\t合计\t500.00\t450.00\t30.00\t10.00",
                "");
        List<Check> checks = TextFiling.run(rule, TextFiling.of(text));
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("490.00", checks.getFirst().computed().toPlainString());
    }
}
