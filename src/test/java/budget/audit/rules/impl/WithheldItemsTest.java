package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TB001 and a filing that says it withheld classified items (涉密事项予以剔除). */
class WithheldItemsTest {

    /** 20828 prints 300.00 but its printed 项 rows add up to 100.00 (a 项 withheld); 208 = 20805 + 20828. */
    private static final String TABLE = "2024年一般公共预算支出表\n单位：万元\n科目编码\t科目名称\t合计\n"
            + "\t合计\t500.00\n208\t社会保障和就业支出\t500.00\n20805\t行政事业单位养老支出\t200.00\n"
            + "2080501\t行政单位离退休\t200.00\n20828\t退役军人管理事务\t300.00\n2082801\t行政运行\t100.00\n";

    private static final String HEAD = "滨海市测试局2024年部门预算\n";

    @Test
    void withoutNoticeTheShortfallIsAnError() {
        List<Check> fails = TextFiling.fails(new Tb001TableHierarchy(), HEAD + TABLE);
        assertEquals(1, fails.size(), fails.toString());
        assertEquals("300.00", fails.getFirst().stated().printed());
    }

    @Test
    void noticeOfWithheldClassifiedItemsSetsTheShortfallAside() {
        String notice = "八、其他特殊事项说明\n根据国家保密法律法规和有关保密事项范围的规定，部分涉密事项在预\n算公开时予以剔除。\n";
        List<Check> all = TextFiling.run(new Tb001TableHierarchy(), TextFiling.of(HEAD + notice + TABLE));
        assertEquals(List.of(), all.stream().filter(c -> c.outcome() == Outcome.FAIL).toList());
        List<Check> aside = all.stream().filter(c -> c.outcome() == Outcome.INSUFFICIENT_DATA).toList();
        assertEquals(1, aside.size(), all.toString());
        assertEquals(WithheldItems.REASON, aside.getFirst().args().get(Checks.ARG_REASON));
    }

    @Test
    void detailsExceedingTheirTotalStayAnErrorDespiteTheNotice() {
        String notice = "部分涉密事项在预算公开时予以剔除。\n";
        String table = TABLE.replace("2082801\t行政运行\t100.00", "2082801\t行政运行\t400.00");
        List<Check> fails = TextFiling.fails(new Tb001TableHierarchy(), HEAD + notice + table);
        assertEquals(1, fails.size(), fails.toString());
    }
}
