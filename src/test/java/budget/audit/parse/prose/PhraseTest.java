package budget.audit.parse.prose;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseTest {

    @Test
    void coreDropsOwnerYearAndWhen() {
        assertEquals("收入、支出预算总计", Phrase.core("江苏省人大常委会办公厅2019年度收入、支出预算总计"));
        assertEquals("财政拨款预算支出", Phrase.core("省检察院2019年财政拨款预算支出"));
        assertEquals("一般公共预算支出", Phrase.core("本部门当年一般公共预算支出"));
        assertEquals("收入预算", Phrase.core("2023年本部门收入预算"));
        assertEquals("收入预算", Phrase.core("(一)收入预算"));
        assertEquals("支出预算", Phrase.core("天津市人民政府政务服务办公室2023年支出预算"));
        assertEquals("因公出国（境）费预算支出", Phrase.core("1．因公出国（境）费预算支出"));
        assertEquals("一般公共预算拨款安排的会议费预算支出",
                Phrase.core("苏州市审计局2026年度一般公共预算拨款安排的会议费预算支出"));
        assertEquals("政府性基金预算支出", Phrase.core("政府性基金预算支出"));
    }

    @Test
    void ownerBeforeTheYearMayBeAnAreaOrACommittee() {
        // a development zone, a county or a committee in brackets names the owner just as a 局 or a 中心 does
        assertEquals("一般公共预算三公经费支出预算为",
                Phrase.core("青川湾产业园区（管委会）2024年一般公共预算三公经费支出预算为"));
        assertEquals("财政拨款安排三公经费共计", Phrase.core("南屏科技新区2024年财政拨款安排三公经费共计"));
        assertEquals("一般公共预算支出", Phrase.core("石门县2024年一般公共预算支出"));
        // without a year after it, an area word stays part of the label (城乡社区支出 is a function class)
        assertEquals("城乡社区支出", Phrase.core("城乡社区支出"));
        // the whole county or city is no owner: its figure is not the department's
        assertEquals("全县2024年教育支出", Phrase.core("全县2024年教育支出"));
        assertEquals("本市2024年一般公共预算支出", Phrase.core("本市2024年一般公共预算支出"));
    }
}
