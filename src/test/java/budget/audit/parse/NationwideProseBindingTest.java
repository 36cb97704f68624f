package budget.audit.parse;

import budget.audit.ingest.Ingest;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.support.SharedMaterial;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static budget.audit.model.FactKeys.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prose facts bound on real filings from other regions (../shared/nationwide), each value read on the rendered
 * page named in the assertion. Skips when the material is absent.
 */
class NationwideProseBindingTest {

    private static BudgetFiling prose(String name) throws Exception {
        var root = SharedMaterial.root();
        SharedMaterial.assume(root.isPresent(), "../shared not present");
        Path file = root.get().resolve("nationwide").resolve(name);
        SharedMaterial.assume(Files.isRegularFile(file), name + " not present");
        return new ProseParser().parse(new Ingest().read(file));
    }

    private static List<String> values(BudgetFiling f, String key) {
        return f.facts().stream().filter(x -> x.key().equals(key) && x.origin() == Fact.Origin.PROSE)
                .map(x -> x.amount().printed()).toList();
    }

    private static List<String> labelled(BudgetFiling f, String key) {
        return f.facts().stream().filter(x -> x.key().equals(key))
                .map(x -> x.label() + "=" + x.amount().printed() + "@p" + x.source().page()).toList();
    }

    @Test
    void jiangsuNpcTotalsAreNotTakenFromSangongOrMeetingItems() throws Exception {
        BudgetFiling f = prose("jiangsu-npc-office-2019-budget-narrative.pdf");
        // p9 "收入、支出预算总计18330.37万元"; p10 "（二）支出预算总计18330.37万元"
        assertEquals(List.of("18330.37", "18330.37"), values(f, EXPENDITURE_TOTAL));
        // p16 "因公出国（境）费预算支出199.25万元" / "…安排的会议费预算支出1469.73万元" are items, bound to nothing total
        assertFalse(values(f, GENERAL_EXPENDITURE).contains("1469.73"), values(f, GENERAL_EXPENDITURE).toString());
        // p10 classes printed "一般公共服务（类）支出13907.78万元" …; p11 "单位预留机动经费预算数为2557.89万元"
        assertEquals(List.of("一般公共服务支出=13907.78@p10", "社会保障和就业支出=1121.39@p10", "住房保障支出=3301.2@p10"),
                labelled(f, FUNCTION_CLASS));
        assertEquals(List.of("单位预留机动经费=2557.89@p11"), labelled(f, EXPENDITURE_OTHER_KIND));
        // p9 "2．财政专户管理资金收入预算总计0万元" is one fund, not the income total
        assertEquals(List.of("18330.37"), values(f, INCOME_TOTAL));
    }

    @Test
    void jiangsuProcuratorateClassesIncludeTheOneMarkedLei() throws Exception {
        BudgetFiling f = prose("jiangsu-procuratorate-2019-budget.pdf");
        // p25 "1．公共安全（类）支出16,593.12 万元" "2．社会保障和就业支出1890.27万元"; p26 "3、住房保障支出 5686.35万元"
        assertEquals(List.of("公共安全支出=16593.12@p25", "社会保障和就业支出=1890.27@p25", "住房保障支出=5686.35@p26"),
                labelled(f, FUNCTION_CLASS));
        // p25 "收入、支出预算总计24,169.74 万元"; p30/31 三公 items (80, 237, 101.26万元) are no total
        assertEquals(List.of("24169.74", "24169.74"), values(f, EXPENDITURE_TOTAL));
    }

    @Test
    void suzhouSangongTotalIsReadAcrossTheNarrowLines() throws Exception {
        BudgetFiling f = prose("suzhou-audit-2026-budget.pdf");
        // p29 "…安排的“三公”经 / 费支出预算 10 万元，比上年预算减少 3 万元"; 公务接待费支出 10 万元
        assertEquals(List.of("10"), values(f, SANGONG_TOTAL));
        assertEquals(List.of("-3"), values(f, change(SANGONG_TOTAL)));
        assertEquals(List.of("10"), values(f, SANGONG_RECEPTION));
        assertFalse(values(f, EXPENDITURE_TOTAL).contains("10"), values(f, EXPENDITURE_TOTAL).toString());
        // p30 "涉及财政性资金4651.67万元" is the whole department's; the 7 projects' is "合计339.5万元"
        assertEquals(List.of("339.5"), values(f, PERFORMANCE_AMOUNT));
    }

    @Test
    void centralAmountsOpeningALineContinueTheirSentence() throws Exception {
        BudgetFiling f = prose("central-letters-visits-2026-budget.pdf");
        // p24 "国家信访局2026年“三公”经费财政拨款预算数为 / 112.61万元，与2025年“三公”经费预算持平。其中：因公出国（境）费
        // 68.50万元 … 公务用车购置及运行费38.60万元 … 公务接待费5.51万元"
        assertEquals(List.of("112.61"), values(f, SANGONG_TOTAL));
        assertEquals(List.of("68.50"), values(f, SANGONG_ABROAD));
        assertEquals(List.of("38.60"), values(f, SANGONG_VEHICLE));
        assertEquals(List.of("5.51"), values(f, SANGONG_RECEPTION));
        // p25 "国家信访局2026年机关运行经费财政拨款预算 / 2,376.26万元，较2025年预算增加222.33万元"
        assertEquals(List.of("2376.26"), values(f, JY_TOTAL));
        assertEquals(List.of("222.33"), values(f, change(JY_TOTAL)));
    }
}
