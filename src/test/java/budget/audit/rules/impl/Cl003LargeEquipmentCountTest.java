package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Cl003LargeEquipmentCountTest {

    private static final String HEAD = "滨海市测试局2026年部门预算\n";

    /** A 资产配置预算表 (purchases of the budget year): 数量 beside 金额 in 元. */
    private static String purchaseTable(String count) {
        return "附件9\n2026年滨海市测试局资产配置预算表\n单位：元\n资产名称\t数量\t金额\n"
                + "通用设备\t12\t186,000.00\n"
                + "单价100万元（含）以上设备（不含车辆）\t" + count + "\t2,350,000.00\n";
    }

    private static List<Check> run(String text) {
        return TextFiling.run(new Cl003LargeEquipmentCount(), TextFiling.of(HEAD + text));
    }

    private static List<Outcome> outcomes(List<Check> checks) {
        return checks.stream().map(Check::outcome).toList();
    }

    @Test
    void proseAndTableAgree() {
        // the wording of shanghai-finance-bureau-2025.pdf p.21, our own figures
        List<Check> c = run("截至2025年12月31日，本部门共有车辆2辆，其中一般公务用车2辆；单价100万元（含）以上设备（不含车辆）1台（套）。"
                + "2026年部门预算安排购置车辆0辆；安排购置单价100万元（含）以上设备（不含车辆）2台（套）。\n" + purchaseTable("2"));
        assertEquals(List.of(Outcome.PASS), outcomes(c));
    }

    @Test
    void proseAndTableDisagree() {
        List<Check> c = run("2026年部门预算安排购置单价100万元（含）以上设备（不含车辆）2台（套）。\n" + purchaseTable("3"));
        assertEquals(List.of(Outcome.FAIL), outcomes(c));
        assertEquals("-1", c.get(0).difference().toPlainString());
    }

    @Test
    void holdingsAreNotComparedWithPurchases() {
        List<Check> c = run("截至2025年12月31日，本部门共有车辆2辆；单价100万元（含）以上设备（不含车辆）1台（套）。\n"
                + purchaseTable("2"));
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(c));
    }

    @Test
    void proseWithoutTableIsNotApplicable() {
        // the wording of shenzhen-statistics-2026-budget.pdf p.13: no table prints the count
        List<Check> c = run("截至2025年12月31日，本单位共有车辆0辆；单价100万元以上设备4台（套）。\n");
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(c));
    }

    /** A 国有资产占有使用情况表 (held now): the 数量 column beside 账面原值 in 万元. */
    private static String heldTable(String count) {
        return "附件10\n2026年滨海市测试局国有资产占有使用情况表\n单位：万元\n资产类别\t数量\t金额\n"
                + "车辆（辆）\t3\t54.20\n"
                + "单价100万元以上设备（台/套）\t" + count + "\t612.00\n";
    }

    @Test
    void otherPrintedFormsOfTheThresholdAreRead() {
        // “单价在100万元以上的设备”, “100万元及以上”, “单位价值100万元以上”: one count each, compared with the held table
        for (String sentence : List.of("截至2025年12月31日，本部门车辆3辆，单价在100万元以上的设备5台等。",
                "截至2025年底，本部门共有单价100万元及以上设备5台（套）。",
                "截至2025年底，本部门共有单位价值100万元以上的专用设备5台。")) {
            List<Check> c = run(sentence + "\n" + heldTable("4"));
            assertEquals(List.of(Outcome.FAIL), outcomes(c), sentence);
            assertEquals("5", c.get(0).stated().value().toPlainString(), sentence);
        }
        assertEquals(List.of(Outcome.PASS), outcomes(run("截至2025年底，本部门单价在100万元以上的设备4台。\n" + heldTable("4"))));
    }

    @Test
    void heldAndBoughtInOneSentenceAreToldApart() {
        assertEquals(Cl003LargeEquipmentCount.Kind.HELD,
                Cl003LargeEquipmentCount.kindBefore("截至上年底，本部门共有车辆4辆，单价100万元以上设备14台", 18));
        assertEquals(Cl003LargeEquipmentCount.Kind.PURCHASE,
                Cl003LargeEquipmentCount.kindBefore("截至上年底共有车辆4辆；当年安排购置单价100万元以上设备0台", 20));
    }
}
