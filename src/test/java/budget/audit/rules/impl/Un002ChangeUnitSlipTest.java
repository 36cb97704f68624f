package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Un002ChangeUnitSlipTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n";

    private static List<Check> fails(String prose) {
        return TextFiling.fails(new Un002ChangeUnitSlip(), HEAD + prose + "\n");
    }

    @Test
    void aChangeInYuanBelowTheFiguresPrecisionIsASlip() {
        List<Check> f = fails("机关运行经费352.67万元，比上年增加5.20元，主要原因是人员增加。");
        assertEquals(1, f.size());
        assertEquals("5.20万元", f.get(0).args().get("intended"));
        assertEquals("0.01万元", f.get(0).args().get("step"));
        assertEquals("1.47%", f.get(0).args().get("share"));
    }

    @Test
    void aChangeInYuanAtTheFiguresPrecisionIsPlausible() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Un002ChangeUnitSlip(),
                HEAD + "公务接待费3.50万元，比上年减少5000元。\n"));
    }

    @Test
    void anIncreaseInWanYuanLargerThanAFigureInYuanIsASlip() {
        List<Check> f = fails("公务接待费35000元，比上年增加5000万元。");
        assertEquals(1, f.size());
        assertEquals("exceeds", f.get(0).args().get("kind"));
        assertEquals("5000元", f.get(0).args().get("intended"));
    }

    @Test
    void sameUnitIsNotItsQuestion() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Un002ChangeUnitSlip(),
                HEAD + "机关运行经费352.67万元，比上年增加5.20万元。\n"));
    }
}
