package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Cg002SmeReservationTest {

    private static String text(String sme, String small) {
        return "滨海市测试局2024年部门预算\n三、政府采购预算情况\n"
                + "2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、政府采购服务预算752.59万元。\n"
                + "2024年本部门面向中小企业预留政府采购项目预算金额" + sme + "万元，其中，预留给小型和微型企业的政府采购项目预算为"
                + small + "万元。\n";
    }

    private static List<Outcome> outcomes(String text) {
        return TextFiling.run(new Cg002SmeReservation(), TextFiling.of(text)).stream().map(Check::outcome).toList();
    }

    @Test
    void reservationsWithinTheirBoundsPass() {
        // the figures of putuo-wanli-2024.pdf
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), outcomes(text("664.98", "465.49")));
    }

    @Test
    void aReservationAboveTheProcurementTotalFails() {
        List<Check> fails = TextFiling.fails(new Cg002SmeReservation(), text("1664.98", "465.49"));
        assertEquals(1, fails.size());
        assertEquals("2.54", fails.get(0).difference().toPlainString());
    }

    @Test
    void smallFirmsAboveTheSmeReservationFail() {
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL), outcomes(text("464.98", "465.49")));
    }
}
