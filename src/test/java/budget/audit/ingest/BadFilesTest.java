package budget.audit.ingest;

import budget.audit.ingest.html.HtmlReader;
import budget.audit.ingest.office.DocxReader;
import budget.audit.ingest.office.SpreadsheetReader;
import budget.audit.ingest.pdf.PdfReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot be read end in an InputException with the exact Chinese reason, never a stack trace. */
class BadFilesTest {

    private static InputException pdfFailure(byte[] content) {
        return assertThrows(InputException.class, () -> new PdfReader().read(Path.of("bad.pdf"), content, "h"));
    }

    @Test
    void scannedPdfHasNoTextLayer() {
        InputException e = pdfFailure(FixtureDocuments.scannedPdf());
        assertEquals("无文字层（扫描件），无法读取", e.reason());
        assertEquals("bad.pdf", e.fileName());
    }

    @Test
    void encryptedPdf() {
        assertEquals("文件已加密，无法读取", pdfFailure(FixtureDocuments.encryptedPdf()).reason());
    }

    @Test
    void truncatedPdf() {
        InputException e = pdfFailure(FixtureDocuments.truncatedPdf());
        assertTrue(e.reason().startsWith("PDF文件已损坏："), e.reason());
    }

    @Test
    void garbageWithPdfHeaderIsDamaged() {
        byte[] junk = "%PDF-1.7\n garbage garbage\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdfFailure(junk).reason().startsWith("PDF文件已损坏："));
    }

    @Test
    void junkZipNamedDocx() {
        InputException e = assertThrows(InputException.class,
                () -> new DocxReader().read(Path.of("bad.docx"), FixtureDocuments.junkZip(), "h"));
        assertEquals("DOCX文件已损坏", e.reason());
    }

    @Test
    void junkZipNamedXlsx() {
        InputException e = assertThrows(InputException.class,
                () -> new SpreadsheetReader(InputFormat.XLSX).read(Path.of("bad.xlsx"), FixtureDocuments.junkZip(), "h"));
        assertEquals("XLSX文件已损坏", e.reason());
    }

    @Test
    void junkNamedXls() {
        InputException e = assertThrows(InputException.class,
                () -> new SpreadsheetReader(InputFormat.XLS).read(Path.of("bad.xls"), FixtureDocuments.junkZip(), "h"));
        assertEquals("XLS文件已损坏", e.reason());
    }

    private static InputException htmlFailure(String html) {
        return assertThrows(InputException.class, () -> new HtmlReader().read(Path.of("bad.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "h"));
    }

    @Test
    void webPageWithoutTextHasOneClearReason() {
        String reason = "网页中没有可读的正文（可能是空页面，或正文由脚本加载、以图片发布）";
        assertEquals(reason, htmlFailure("<html><head><title>预算</title></head><body></body></html>").reason());
        // content loaded by a script, tables published as images: nothing to read either
        assertEquals(reason, htmlFailure("<html><body><nav>首页</nav><script>load('预算.json')</script>"
                + "<img src=\"table1.png\" alt=\"收支总表\"></body></html>").reason());
        assertEquals(reason, htmlFailure("   ").reason());
    }

    @Test
    void binaryNamedHtml(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.write(dir.resolve("page.html"), new byte[] {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2, 3});
        InputException e = assertThrows(InputException.class, () -> new Ingest().read(file));
        assertEquals("扩展名为 HTML，但内容不是网页（包含二进制内容），无法读取", e.reason());
        InputException direct = assertThrows(InputException.class,
                () -> new HtmlReader().read(file, java.nio.file.Files.readAllBytes(file), "h"));
        assertEquals("不是网页文件（包含二进制内容），无法按 HTML 读取", direct.reason());
    }

    @Test
    void webPageNestedThousandsDeep() {
        String deep = "<html><body>" + "<div>".repeat(200_000) + "预算100万元" + "</div>".repeat(200_000) + "</body></html>";
        assertEquals("HTML文件结构嵌套过深，无法读取", htmlFailure(deep).reason());
    }
}
