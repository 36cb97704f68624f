package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Js005FinalTableSetTest {

    private final Js005FinalTableSet rule = new Js005FinalTableSet();

    @Test
    void missingTablesAreNamed() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + FinalFixtures.summary("30.00", "450.00", "440.00", "40.00", "480.00")
                + FinalFixtures.general("350.00", "90.00", "440.00")));
        List<String> failed = checks.stream().filter(c -> c.outcome() == Outcome.FAIL).map(Check::subject).toList();
        assertTrue(failed.contains("收入决算表"), failed.toString());
        assertTrue(failed.contains("政府性基金预算财政拨款收入支出决算表"), failed.toString());
        assertTrue(!failed.contains("收入支出决算总表") && !failed.contains("一般公共预算财政拨款支出决算表"),
                failed.toString());
        // 国有资本经营预算财政拨款支出决算表 is not required
        assertEquals(Outcome.NOT_APPLICABLE, checks.stream()
                .filter(c -> c.subject().equals("国有资本经营预算财政拨款支出决算表")).findFirst().orElseThrow().outcome());
    }

    @Test
    void aTableNamedInTheTextIsNotCalledMissing() {
        List<Check> checks = TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + "本部门无政府性基金预算财政拨款收入支出决算表数据。\n\n"
                + FinalFixtures.summary("30.00", "450.00", "440.00", "40.00", "480.00")));
        assertEquals(Outcome.INSUFFICIENT_DATA, checks.stream()
                .filter(c -> c.subject().equals("政府性基金预算财政拨款收入支出决算表")).findFirst().orElseThrow()
                .outcome());
    }

    @Test
    void aFilingWithoutFinalTablesIsNotChecked() {
        assertEquals(List.of(Outcome.NOT_APPLICABLE), TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD
                + "2023年度支出决算450万元。\n")).stream().map(Check::outcome).toList());
    }
}
