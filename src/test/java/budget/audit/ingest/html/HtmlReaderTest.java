package budget.audit.ingest.html;

import budget.audit.ingest.InputException;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {

    private static SourceDocument read(String resource) throws InputException {
        return new HtmlReader().read(Path.of(resource), bytes(resource), "h");
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/html/" + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::text).toList();
    }

    private static List<String> places(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::place).toList();
    }

    @Test
    void mergedHeaderCellsLandOverTheirColumnsAndChromeIsSkipped() throws Exception {
        SourceDocument doc = read("merged-header.html");
        assertEquals(List.of(
                "2025年某局部门预算",
                "一、部门支出预算合计 300.00万元。",
                "二、基本支出200.00万元。",
                "公开表5",
                "一般公共预算支出情况表",
                "科目编码\t\t科目名称\t合计\t基本支出\t\t项目支出",
                "类\t款\t\t\t小计\t人员 支出\t",
                "\t\t合计\t300.00\t200.00\t150.00\t100.00",
                "201\t\t一般公共服务支出\t300.00\t200.00\t150.00\t100.00",
                "\t01\t人大事务\t300.00\t200.00\t150.00\t100.00",
                "注：本表无政府性基金预算。"), texts(doc));
        assertEquals(List.of("第1段", "第2段", "第3段", "第4段", "表1第1行", "表1第2行", "表1第3行", "表1第4行",
                "表1第5行", "表1第6行", "第5段"), places(doc));
        assertTrue(doc.lines().stream().allMatch(l -> l.page() == null));
        assertEquals("UTF-8", doc.encoding());
        assertEquals("HTML", doc.format());
    }

    @Test
    void gb2312LabelIsReadAsGb18030WithGbkOnlyCharacters() throws Exception {
        SourceDocument doc = read("gbk.html");
        assertEquals(List.of("王堃同志负责预算编制，2025年收入预算120.00万元。", "项目\t预算数", "财政拨款收入\t120.00"),
                texts(doc));
        assertEquals("GB18030", doc.encoding());
    }

    @Test
    void utf8BytesUnderAGbkLabelAreReadAsUtf8() throws Exception {
        SourceDocument doc = read("utf8-labelled-gbk.html");
        assertEquals("王堃同志（UTF-8）负责预算编制，2025年收入预算120.00万元。", texts(doc).getFirst());
        assertEquals("UTF-8", doc.encoding());
    }

    @Test
    void pdfConvertedPagesAreLaidOutLikeThePdf() throws Exception {
        SourceDocument doc = read("positioned.html");
        // only the element holding the pages is read: no breadcrumbs, no h1 of the site, no share bar
        assertEquals(List.of(
                "2025年某局",
                "部门预算",
                "公开表5",
                "一般公共预算支出情况表",
                "单位：万元",
                "科目名称\t合 计\t项目支出",
                "合计\t1,234.50\t34.50",
                "一般公共服务支出\t1,000.00\t30.00",
                // page 3 repeats the caption and the header: both dropped, the table goes on
                "住房保障支出\t234.50\t4.50",
                // a prose line wrapped at the right margin is rejoined
                "一、财政拨款收入：指由市级财政拨款形成的部门收入，包括一般公共预算拨款收入和政府性基金预算拨款收入。"),
                texts(doc));
        assertEquals(List.of(1, 1, 2, 2, 2, 2, 2, 2, 3, 3), doc.lines().stream().map(SourceLine::page).toList());
        assertEquals("第3页", doc.lines().get(8).place());
        assertFalse(texts(doc).stream().anyMatch(t -> t.contains("— 1 —") || t.contains("首页") || t.contains("分享")));
    }

    @Test
    void articleInALayoutTableStaysParagraphs() throws Exception {
        List<String> texts = texts(read("layout-article.html"));
        assertEquals(4, texts.size(), texts.toString());
        assertTrue(texts.get(0).startsWith("一、部门收入预算120.00万元"), texts.get(0));
        assertTrue(texts.get(2).startsWith("三、“三公”经费预算3.00万元"), texts.get(2));
        assertEquals("单位：万元", texts.get(3));
        assertEquals("第4段", read("layout-article.html").lines().get(3).place());
    }

    @Test
    void preformattedTextKeepsItsLinesAndTabs() throws Exception {
        String html = "<html><body><p>说明</p><pre>一、收入预算100.00万元。\n\n项目\t预算数\n  合计 \t100.00\n\t\t\n</pre></body></html>";
        SourceDocument doc = new HtmlReader().read(Path.of("pre.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "h");
        assertEquals(List.of("说明", "一、收入预算100.00万元。", "项目\t预算数", "合计\t100.00"), texts(doc));
    }

    @Test
    void binaryContentIsRefused() {
        byte[] binary = {'<', 'p', '>', 0, 0, 1, 2};
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new HtmlReader().read(Path.of("x.html"), binary, "h"));
        assertEquals(HtmlReader.BINARY, e.reason());
        assertNull(HtmlDecoder.declared("<p>无声明</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
