package budget.audit.ingest.html;

import budget.audit.ingest.Ingest;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.support.SharedMaterial;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The saved 预算公开 web page in ../shared/nationwide (a PDF converted to HTML: 53 page boxes of positioned text
 * and border rules; skipped when absent). Page N is the N-th page box; its printed folio is N-1 (the cover has
 * none). Values read from the page's text boxes.
 */
class RealHtmlTest {

    private static SourceDocument yantai;

    @BeforeAll
    static void read() throws Exception {
        SharedMaterial.assume(SharedMaterial.root().isPresent(), "../shared not present");
        Path file = SharedMaterial.root().get().resolve("nationwide/yantai-veterans-2026-budget.html");
        SharedMaterial.assume(Files.isRegularFile(file), "yantai html not present");
        yantai = new Ingest().read(file);
    }

    private static SourceLine line(String text) {
        return yantai.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("missing line: " + text.replace("\t", "→")));
    }

    private static long count(String text) {
        return yantai.lines().stream().filter(l -> l.text().equals(text)).count();
    }

    @Test
    void readAsHtmlFromTheArticleOnly() {
        assertEquals("HTML", yantai.format());
        assertEquals("UTF-8", yantai.encoding());
        assertEquals("2026年烟台市退役军人事务局", yantai.lines().getFirst().text());
        assertEquals(1, yantai.lines().getFirst().page());
        List<String> texts = yantai.lines().stream().map(SourceLine::text).toList();
        assertFalse(texts.stream().anyMatch(t -> t.contains("首页") || t.contains("分享") || t.contains("字号")), texts.toString());
    }

    @Test
    void incomeAndSpendingTableOnPage7() {
        // 公开表1 收支总体情况表, page box 7 (folio 6)
        assertEquals(7, line("收支总体情况表").page());
        assertEquals("第7页", line("收支总体情况表").place());
        assertEquals(7, line("项目\t预算数\t项目\t预算数").page());
        assertEquals(7, line("一、财政拨款收入\t28685.65\t一、一般公共服务支出\t").page());
        assertEquals(7, line("本 年 收 入 合 计\t32471.49\t本 年 支 出 合 计\t35874.49").page());
        assertEquals(7, line("收 入 总 计\t35874.49\t支 出 总 计\t35874.49").page());
    }

    @Test
    void tableContinuedOverPagesKeepsGoingWithoutItsRepeatedCaption() {
        // 公开表5 一般公共预算支出情况表 runs over page boxes 15 and 16 (folios 14, 15); page 16 repeats the
        // caption block and the two header rows, which are dropped
        assertEquals(1, count("一般公共预算支出情况表"));
        assertFalse(yantai.lines().stream().anyMatch(l -> l.page() == 16 && l.text().startsWith("科目编码")));
        assertEquals(15, line("\t\t\t合 计\t28467.65\t10124.17\t9681.17\t443.00\t18343.48").page());
        assertEquals(15, line("210\t\t\t卫生健康支出\t5996.71\t4170.71\t4036.39\t134.31\t1826.00").page());
        SourceLine continued = line("\t02\t\t公立医院\t4309.93\t3555.93\t3421.62\t134.31\t754.00");
        assertEquals(16, continued.page());
        int previous = line("210\t\t\t卫生健康支出\t5996.71\t4170.71\t4036.39\t134.31\t1826.00").number();
        assertEquals(previous + 1, continued.number(), "the continuation follows the last row of page 15");
        assertEquals(16, line("221\t\t\t住房保障支出\t759.73\t759.73\t759.73\t\t").page());
    }

    @Test
    void proseWrappedOverLinesIsOneParagraph() {
        // page box 30 (folio 29): the 三公 paragraph, and page box 51 (folio 50): the glossary
        assertTrue(line("3.公务接待费7.62万元，比上年减少0.58万元，下降7.07%，主要原因是严格落实过“紧日子”要求，压减公务接待支出。")
                .page() == 30);
        assertEquals(52, line("一、财政拨款收入：指由市级财政拨款形成的部门收入，包括一般公共预算拨款收入、政府性基金预算拨款收入和国有资本经营预算拨款收入。")
                .page());
    }
}
