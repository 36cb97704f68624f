package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Wz009EmptyTableNotesTest {

    private static final String EMPTY = "2024年政府性基金预算支出表\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t\n";

    @Test
    void emptyTableWithoutNote() {
        List<Check> fails = TextFiling.fails(new Wz009EmptyTableNotes(), "滨海市测试局2024年部门预算\n" + EMPTY);
        assertEquals(1, fails.size(), fails.toString());
        assertEquals("missing", fails.get(0).args().get(Wz009EmptyTableNotes.ARG_KIND));
    }

    @Test
    void emptyTableWithNotePasses() {
        assertEquals(List.of(), TextFiling.fails(new Wz009EmptyTableNotes(), "滨海市测试局2024年部门预算\n" + EMPTY
                + "\n注：本部门2024年无政府性基金预算安排的支出，故本表为空表。\n"));
    }

    /** The filing's own table list with 是否空表 / 理由 columns (Xi'an layout) explains the empty table. */
    @Test
    void tableListMarkingTheTableEmptyPasses() {
        String register = "报表目录\n报表\t报表名称\t是否空表\t表格为空的理由\n表1\t部门收支总表\t\t\n"
                + "表9\t2024年政府性基金预算支出表\t是\t不涉及\n";
        assertEquals(List.of(), TextFiling.fails(new Wz009EmptyTableNotes(), "滨海市测试局2024年部门预算\n" + register
                + "表9\n" + EMPTY));
        // a list naming another table empty does not explain this one
        String other = register.replace("表9\t2024年政府性基金预算支出表\t是", "表9\t2024年政府性基金预算支出表\t\t\n表10\t项目表\t是");
        assertEquals(1, TextFiling.fails(new Wz009EmptyTableNotes(), "滨海市测试局2024年部门预算\n" + other
                + "表9\n" + EMPTY).size());
    }

    /** A 情况说明 section on the fund saying the department has no such spending explains the empty table. */
    @Test
    void proseSectionSayingNoSuchSpendingPasses() {
        String prose = "十、政府性基金预算支出预算情况说明\n本部门2024年政府性基金支出预算支出0万元。"
                + "与上年相比增加（减少）0万元。主要原因是本部门无此项支出。\n";
        assertEquals(List.of(), TextFiling.fails(new Wz009EmptyTableNotes(), "滨海市测试局2024年部门预算\n" + prose
                + EMPTY));
    }
}
