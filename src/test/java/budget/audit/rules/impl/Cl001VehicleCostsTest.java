package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Cl001VehicleCostsTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n一、“三公”经费\n"
            + "2024年“三公”经费预算4万元，其中：因公出国（境）费0万元，公务接待费1万元，公务用车运行维护费3万元，公务用车购置费0万元。\n"
            + "二、国有资产占有使用情况\n";

    @Test
    void noVehiclesButRunningCosts() {
        List<Check> fails = TextFiling.fails(new Cl001VehicleCosts(), HEAD + "截至2023年底，本部门共有车辆0辆。\n");
        assertEquals(1, fails.size());
        assertEquals("0", fails.get(0).args().get(Cl001VehicleCosts.ARG_COUNT));
    }

    @Test
    void vehiclesAndRunningCostsAgree() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Cl001VehicleCosts(),
                HEAD + "截至2023年底，本部门共有车辆2辆。\n"));
    }
}
