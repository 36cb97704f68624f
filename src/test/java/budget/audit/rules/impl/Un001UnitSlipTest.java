package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Un001UnitSlipTest {

    @Test
    void aPartInYuanThatBalancesInWanYuanIsFlagged() {
        List<Check> fails = TextFiling.fails(new Un001UnitSlip(), "滨海市测试局2024年部门预算\n一、政府采购\n"
                + "2024年政府采购预算300.5万元，其中：政府采购货物支出100.5万元、政府采购工程支出0万元、政府采购服务支出200元。\n");
        assertEquals(1, fails.size());
        assertEquals("200万元", fails.get(0).args().get(Un001UnitSlip.ARG_INTENDED));
    }

    @Test
    void consistentUnitsPass() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Un001UnitSlip(), "滨海市测试局2024年部门预算\n一、政府采购\n"
                + "2024年政府采购预算300.5万元，其中：政府采购货物支出100.5万元、政府采购工程支出0万元、政府采购服务支出200万元。\n"));
    }
}
