package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz010ListedItemsPresentTest {

    @Test
    void listedTablesMatchByLabelOrTitle() {
        List<Check> fails = TextFiling.fails(new Wz010ListedItemsPresent(), "滨海市测试局2024年部门预算\n"
                + "附表：1.2024年收支总表\n2.2024年收入总表\n3.2024年项目支出表（经济分类）\n4.2024年项目支出表（功能分类）\n\n"
                + "附件1\n2024年收支总表\n说明略。\n"
                + "2024年项目支出表\n（功能分类）\n说明略。\n");
        assertEquals(List.of("附表2 2024年收入总表", "附表3 2024年项目支出表(经济分类)"),
                fails.stream().map(Check::subject).toList());
    }

    @Test
    void contentsGroupsAndDepartmentWording() {
        List<Check> fails = TextFiling.fails(new Wz010ListedItemsPresent(), "滨海市测试局2024年部门预算\n目 录\n"
                + "一、部门主要职能\n二、部门预算表\n 1. 2024年部门收入预算总表\n三、绩效目标申报表\n\n"
                + "滨海市测试局主要职能\n负责测试。\n2024年部门收入预算总表\n说明略。\n");
        assertEquals(List.of("绩效目标申报表"), fails.stream().map(Check::subject).toList());
    }
}
