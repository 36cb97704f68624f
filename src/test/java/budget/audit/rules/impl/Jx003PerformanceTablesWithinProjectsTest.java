package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Jx003PerformanceTablesWithinProjectsTest {

    private static final String HEAD = "滨海市测试局2026年部门预算\n";

    private static final String LISTING = "表11 2026年部门项目支出绩效表\n单位：万元\n项目名称\t金额\n"
            + "业务建设\t1097.02\n设施维护\t887.90\n系统维护\t146.69\n";

    private static List<Outcome> run(String text) {
        return TextFiling.run(new Jx003PerformanceTablesWithinProjects(), TextFiling.of(HEAD + text)).stream()
                .map(Check::outcome).toList();
    }

    @Test
    void listedProjectsWithinProjectSpendingPass() {
        assertEquals(List.of(Outcome.PASS), run("2026年支出预算5876.67万元，其中基本支出3745.06万元，项目支出2131.61万元。\n" + LISTING));
    }

    @Test
    void listedProjectsBeyondProjectSpendingFail() {
        List<Check> c = TextFiling.run(new Jx003PerformanceTablesWithinProjects(), TextFiling.of(HEAD
                + "2026年支出预算5776.67万元，其中基本支出3745.06万元，项目支出2031.61万元。\n" + LISTING));
        assertEquals(List.of(Outcome.FAIL), c.stream().map(Check::outcome).toList());
        assertEquals("2131.61", c.get(0).computed().toPlainString());
    }

    @Test
    void withoutTablesNothingIsChecked() {
        assertEquals(List.of(Outcome.NOT_APPLICABLE), run("2026年支出预算5876.67万元，其中项目支出2131.61万元。\n"));
    }
}
