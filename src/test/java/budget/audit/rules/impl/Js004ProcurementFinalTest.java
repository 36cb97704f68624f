package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Js004ProcurementFinalTest {

    private final Js004ProcurementFinal rule = new Js004ProcurementFinal();

    private List<Check> run(String text) {
        return TextFiling.run(rule, TextFiling.of(FinalFixtures.HEAD + text + "\n"));
    }

    @Test
    void totalAndSharesHold() {
        List<Check> checks = run("2024年度政府采购支出总额1967.42万元，全部为财政资金，其中：政府采购货物支出171.7万元、"
                + "政府采购工程支出3万元、政府采购服务支出1792.72万元。授予中小企业合同金额1820.69万元，占政府采购支出总额的"
                + "92.54%，其中：授予小微企业合同金额1015.5万元，占授予中小企业合同金额的55.78%。");
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void partsNotAddingUpFail() {
        List<Check> checks = run("政府采购支出总额80万元，其中：政府采购货物支出20万元、政府采购工程支出10万元、政府采购服务支出40万元。");
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList());
        assertEquals("70", checks.getFirst().computed().toPlainString());
    }

    @Test
    void wrongShareFails() {
        List<Check> checks = run("政府采购支出总额100万元，其中：政府采购货物支出20万元、政府采购工程支出0万元、政府采购服务支出80万元。"
                + "授予中小企业合同金额50万元，占政府采购支出总额的60%。");
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL), checks.stream().map(Check::outcome).toList());
    }
}
