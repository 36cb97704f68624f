package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Ph001PlaceholdersTest {

    @Test
    void residueIsFoundLineByLine() {
        List<Check> fails = TextFiling.fails(new Ph001Placeholders(), "滨海市测试局2024年部门预算\n"
                + "一、部门主要职能……………………3\n"
                + "公务接待费XX万元。\n"
                + "支出比上年增加5万元，主要原因是。\n"
                + "联系人：待填写\n");
        assertEquals(List.of("XX", "主要原因是。", "待填写"),
                fails.stream().map(c -> c.args().get(Ph001Placeholders.ARG_QUOTE)).toList());
    }

    @Test
    void cleanTextPasses() {
        assertEquals(List.of(Outcome.PASS), TextFiling.outcomes(new Ph001Placeholders(),
                "滨海市测试局2024年部门预算\n支出比上年增加5万元，主要原因是新增项目。\n"));
    }
}
