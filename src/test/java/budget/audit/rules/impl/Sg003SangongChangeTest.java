package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Sg003SangongChangeTest {

    private static final String HEAD = "滨海市测试局2024年部门预算\n一、“三公”经费情况说明\n";

    @Test
    void changeOfTotalEqualsChangesOfParts() {
        List<Check> checks = TextFiling.run(new Sg003SangongChange(), TextFiling.of(HEAD
                + "2024年“三公”经费预算5.0万元，比2023年减少1.2万元。其中：因公出国（境）费0万元，比2023年持平；"
                + "公务接待费2.0万元，比2023年增加0.3万元；公务用车运行维护费3.0万元，比2023年减少1.5万元；"
                + "公务用车购置费0万元，比2023年持平。"));
        assertEquals(1, checks.size(), checks.toString());
        assertEquals(Outcome.PASS, checks.get(0).outcome());
        assertEquals("-1.2", checks.get(0).stated().printed());
    }

    @Test
    void mismatchFails() {
        List<Check> checks = TextFiling.fails(new Sg003SangongChange(), HEAD
                + "2024年“三公”经费预算5.0万元，比2023年减少1.2万元。其中：因公出国（境）费0万元，比2023年持平；"
                + "公务接待费2.0万元，比2023年增加0.5万元；公务用车运行维护费3.0万元，比2023年减少1.5万元；"
                + "公务用车购置费0万元，比2023年持平。");
        assertEquals(1, checks.size());
        assertEquals("-1.0", checks.get(0).computed().toPlainString());
        assertEquals("-0.2", checks.get(0).difference().toPlainString());
    }
}
