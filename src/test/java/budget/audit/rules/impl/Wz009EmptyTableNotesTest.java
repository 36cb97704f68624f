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
}
