package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Zc005ProjectAmountsMatchTableTest {

    private static final String HEAD = "滨海市测试局2026年部门预算\n";

    /** A 项目支出总表 in the shape of shenzhen-statistics-2026-budget.pdf p.24 (表5), our own figures. */
    private static final String TABLE = "表5 项目支出总表\n单位：万元\n支出项目类别\t合计\t一般公共预算拨款\t其他收入\n"
            + "滨海市测试局\t1500.00\t1400.00\t100.00\n"
            + "统计管理\t400.00\t400.00\t0.00\n"
            + "专项调查业务\t1100.00\t1000.00\t100.00\n";

    private static List<Check> run(String prose) {
        return TextFiling.run(new Zc005ProjectAmountsMatchTable(), TextFiling.of(HEAD + prose + "\n" + TABLE));
    }

    private static List<Outcome> outcomes(List<Check> checks) {
        return checks.stream().map(Check::outcome).toList();
    }

    @Test
    void listedProjectsMatchTheirRows() {
        List<Check> c = run("1.统计管理400.00万元，主要用于日常统计管理。2.专项调查业务1100.00万元，主要用于专项调查。");
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), outcomes(c));
    }

    @Test
    void aListedProjectOtherThanItsRowFails() {
        List<Check> c = run("1.统计管理400.00万元，主要用于日常统计管理。2.专项调查业务1120.00万元，主要用于专项调查。");
        assertEquals(List.of(Outcome.PASS, Outcome.FAIL), outcomes(c));
        assertEquals("20.00", c.get(1).difference().toPlainString());
    }

    @Test
    void anAmountOfOneFundOfTheRowIsNoFinding() {
        List<Check> c = run("专项调查业务1000.00万元，由一般公共预算安排。");
        assertEquals(List.of(Outcome.PASS), outcomes(c));
    }

    @Test
    void theUnitSubtotalAndNamesNotPrintedAsInTheTableAreNotCompared() {
        List<Check> c = run("滨海市测试局2000.00万元。调查业务900.00万元。");
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(c));
    }
}
