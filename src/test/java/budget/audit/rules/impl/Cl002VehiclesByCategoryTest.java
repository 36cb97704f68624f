package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Cl002VehiclesByCategoryTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n";

    private static List<Check> run(String prose) {
        return TextFiling.run(new Cl002VehiclesByCategory(), TextFiling.of(HEAD + prose + "\n"));
    }

    @Test
    void categoriesAddUpToTheTotal() {
        // the wording of hangzhou-meteorology-2026-budget.pdf p.9
        List<Check> c = run("截至2025年12月31日，本部门共有车辆5辆，其中，一般公务用车0辆、执法执勤用车0辆、特种专业技术用车5辆、其他用车0辆。");
        assertEquals(List.of(Outcome.PASS), c.stream().map(Check::outcome).toList());
    }

    @Test
    void aCompleteListShortOfTheTotalFails() {
        List<Check> c = run("本部门共有车辆13辆，其中一般公务用车2辆、执法执勤用车8辆、特种专业技术用车2辆、其他用车0辆。");
        assertEquals(List.of(Outcome.FAIL), c.stream().map(Check::outcome).toList());
        assertEquals("12", c.get(0).computed().toPlainString());
    }

    @Test
    void moreByCategoryThanInTotalFails() {
        List<Check> c = run("本部门共有车辆3辆，其中一般公务用车2辆、执法执勤用车2辆。");
        assertEquals(List.of(Outcome.FAIL), c.stream().map(Check::outcome).toList());
    }

    @Test
    void aPartialListIsNotJudged() {
        List<Check> c = run("本部门共有车辆66辆，其中一般公务用车13辆、执法执勤用车38辆。");
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), c.stream().map(Check::outcome).toList());
    }
}
