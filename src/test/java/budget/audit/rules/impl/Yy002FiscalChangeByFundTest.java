package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Yy002FiscalChangeByFundTest {

    private static String text(String general, String fund) {
        return "滨海市测试局2024年部门预算\n一、支出预算\n"
                + "支出预算1200.00万元，其中：财政拨款支出预算1200.00万元，比2023年预算减少80.00万元。财政拨款支出预算中，"
                + "一般公共预算拨款支出预算1150.00万元，比2023年预算减少" + general + "万元；政府性基金拨款支出预算50.00万元，"
                + fund + "；国有资本经营预算拨款支出预算0.00万元，比2023年预算持平。\n";
    }

    private static List<Outcome> outcomes(String text) {
        return TextFiling.run(new Yy002FiscalChangeByFund(), TextFiling.of(text)).stream()
                .map(Check::outcome).toList();
    }

    @Test
    void fundChangesAddUpToTheFiscalChange() {
        assertEquals(List.of(Outcome.PASS), outcomes(text("90.00", "比2023年预算增加10.00万元")));
    }

    @Test
    void aFundChangeThatDoesNotAddUpFails() {
        List<Check> fails = TextFiling.fails(new Yy002FiscalChangeByFund(), text("85.00", "比2023年预算增加10.00万元"));
        assertEquals(1, fails.size());
        assertEquals("-75.00", fails.get(0).computed().toPlainString());
        assertEquals("-5.00", fails.get(0).difference().toPlainString());
        assertEquals("财政拨款支出比上年增减（说明文字）", fails.get(0).subject());
    }

    @Test
    void roundingIsNotAnError() {
        String t = "滨海市测试局2024年部门预算\n财政拨款收入1200.0万元，比上年减少80.0万元。其中一般公共预算拨款收入1150.04万元，"
                + "比上年减少80.04万元；政府性基金预算拨款收入50万元，与上年持平；国有资本经营预算拨款收入0万元，与上年持平。\n";
        assertEquals(List.of(Outcome.ROUNDING), outcomes(t));
    }

    @Test
    void aFundWithoutStatedChangeLeavesAGapUnchecked() {
        String t = "滨海市测试局2024年部门预算\n财政拨款支出1200万元，比上年减少80万元。其中：一般公共预算拨款支出1150万元，"
                + "比上年减少90万元；政府性基金预算拨款支出50万元。\n";
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), outcomes(t));
    }

    @Test
    void otherFiguresAreNotFunds() {
        String t = "滨海市测试局2024年部门预算\n财政拨款支出1200万元，比上年减少80万元。其中：一般公共预算基本支出1150万元，"
                + "比上年减少90万元；财政拨款“三公”经费50万元，比上年增加3万元。\n";
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(t));
    }
}
