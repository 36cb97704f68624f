package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Pc002SharesOfAWholeTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n";

    private static List<Check> run(String prose) {
        return TextFiling.run(new Pc002SharesOfAWhole(), TextFiling.of(HEAD + prose + "\n"));
    }

    @Test
    void sharesThatAddUpAndMatchPass() {
        // the wording and figures of jiangsu-npc-office-2019-budget-narrative.pdf (“三公”经费 767.6万元)
        List<Check> c = run("因公出国（境）费支出199.25万元，占“三公”经费的25.96%；公务用车购置及运行费支出183.6万元，"
                + "占“三公”经费的23.92%；公务接待费支出384.75万元，占“三公”经费的50.12%。");
        assertEquals(List.of(Outcome.PASS), c.stream().map(Check::outcome).toList());
    }

    @Test
    void aShareBentToMakeOneHundredIsANote() {
        List<Check> c = run("因公出国（境）费1000.00万元，占“三公”经费的33.33%；公务用车购置及运行费1000.00万元，占“三公”经费的33.33%；"
                + "公务接待费1000.00万元，占“三公”经费的33.34%。");
        assertEquals(List.of(Outcome.FAIL), c.stream().map(Check::outcome).toList());
        assertTrue(((String) c.get(0).args().get("bent")).startsWith("公务接待费33.34%"));
    }

    @Test
    void aShareFarOffIsNotCalledBent() {
        List<Check> c = run("因公出国（境）费1000.00万元，占“三公”经费的30%；公务用车购置及运行费1000.00万元，占“三公”经费的33%；"
                + "公务接待费1000.00万元，占“三公”经费的37%。");
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), c.stream().map(Check::outcome).toList());
    }

    @Test
    void pc001LeavesABentShareAlone() {
        String t = HEAD + "“三公”经费预算3000.00万元，其中因公出国（境）费1000.00万元，占33.33%；公务用车购置及运行费1000.00万元，占33.33%；"
                + "公务接待费1000.00万元，占33.34%。\n";
        List<Outcome> pc001 = TextFiling.outcomes(new Pc001Percentages(), t);
        assertTrue(pc001.stream().noneMatch(o -> o == Outcome.FAIL), pc001.toString());
    }
}
