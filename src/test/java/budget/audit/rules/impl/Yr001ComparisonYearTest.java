package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Yr001ComparisonYearTest {

    @Test
    void aComparisonWithTheWrongYearIsFlaggedButNotInAnExplanation() {
        List<Check> fails = TextFiling.fails(new Yr001ComparisonYear(), "滨海市测试局2024年部门预算\n一、支出\n"
                + "2024年支出预算500万元，与2022年预算相比增加60万元，主要原因是较2021年调增10万元。"
                + "基本支出300万元，与2023年预算相比增加20万元。\n");
        assertEquals(1, fails.size());
        assertEquals("2022", fails.get(0).args().get(Yr001ComparisonYear.ARG_YEAR));
        assertEquals("2023", fails.get(0).args().get(Yr001ComparisonYear.ARG_EXPECTED));
    }
}
