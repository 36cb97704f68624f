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

    /** The wording that states each reservation's share (of the procurement total, of the SME reservation). */
    private static String withShares(String smeShare, String smallShare) {
        return "滨海市测试局2024年部门预算\n三、政府采购预算情况\n"
                + "2024年本部门政府采购预算400.00万元，其中：政府采购货物预算100.00万元、政府采购服务预算300.00万元。"
                + "面向中小企业预留政府采购项目预算金额150.00万元，占本部门政府采购项目预算总额的" + smeShare + "%；其中，"
                + "预留给小型和微型企业的政府采购项目预算为90.00万元，占面向中小企业预留金额的" + smallShare + "%。\n";
    }

    @Test
    void statedSharesAreRecomputed() {
        // 150 ÷ 400 = 37.50%; 90 ÷ 150 = 60.00%: bounds and shares all hold, the share after the SME amount does not
        // hide the small-firm amount
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS),
                outcomes(withShares("37.50", "60.00")));
        // the same shares printed with fewer decimals
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS),
                outcomes(withShares("37.5", "60")));
        List<Check> fails = TextFiling.fails(new Cg002SmeReservation(), withShares("40.00", "65.00"));
        assertEquals(2, fails.size());
        assertEquals("37.50", fails.get(0).computed().toPlainString());
        assertEquals("60.00", fails.get(1).computed().toPlainString());
    }

    @Test
    void aShareOfAnotherBaseIsNotRecomputed() {
        // “占政府采购货物预算的…%” is not a share of the total: not compared
        String text = "滨海市测试局2024年部门预算\n三、政府采购预算情况\n"
                + "2024年本部门政府采购预算400.00万元，其中：政府采购货物预算100.00万元、政府采购服务预算300.00万元。"
                + "面向中小企业预留政府采购项目预算金额150.00万元，占货物和服务预算的90%。\n";
        assertEquals(List.of(Outcome.PASS), outcomes(text));
    }
}
