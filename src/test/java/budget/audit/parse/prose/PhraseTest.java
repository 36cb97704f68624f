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
}
