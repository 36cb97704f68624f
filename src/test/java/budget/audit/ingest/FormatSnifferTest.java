package budget.audit.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatSnifferTest {

    @Test
    void detectsByContentWhateverTheExtension() {
        assertEquals(InputFormat.PDF, FormatSniffer.detect(FixtureDocuments.pdf(), "filing.docx"));
        assertEquals(InputFormat.DOCX, FormatSniffer.detect(FixtureDocuments.docx(), "filing.xlsx"));
        assertEquals(InputFormat.XLSX, FormatSniffer.detect(FixtureDocuments.xlsx(), "filing.pdf"));
        assertEquals(InputFormat.TEXT, FormatSniffer.detect(FixtureDocuments.text().getBytes(StandardCharsets.UTF_8), "filing.pdf"));
    }

    @Test
    void detectsLegacyOfficeByStreamNames() throws Exception {
        byte[] xls;
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("合计");
            workbook.write(out);
            xls = out.toByteArray();
        }
        assertEquals(InputFormat.XLS, FormatSniffer.detect(xls, "filing.doc"));
        assertEquals(InputFormat.XLS, FormatSniffer.detect(xls, "noextension"));
    }

    @Test
    void junkZipFallsBackToExtensionAndBinaryIsUnknown() {
        assertEquals(InputFormat.DOCX, FormatSniffer.detect(FixtureDocuments.junkZip(), "broken.docx"));
        assertEquals(InputFormat.XLSX, FormatSniffer.detect(FixtureDocuments.junkZip(), "broken.XLSX"));
        assertEquals(InputFormat.UNKNOWN, FormatSniffer.detect(FixtureDocuments.junkZip(), "archive.zip"));
        assertEquals(InputFormat.UNKNOWN, FormatSniffer.detect(new byte[] {1, 0, 2, 0, 3}, "data.txt"));
        assertEquals(InputFormat.UNKNOWN, FormatSniffer.detect(new byte[0], "empty.txt"));
    }

    @Test
    void webPagesAreHtmlByTheirMarkupWhateverTheExtension() {
        assertEquals(InputFormat.HTML, FormatSniffer.detect(FixtureDocuments.html(), "filing.txt"));
        // web sites often serve an HTML table as .xls or .doc
        assertEquals(InputFormat.HTML, FormatSniffer.detect(
                "\uFEFF  <!-- saved -->\n<table><tr><td>合计</td></tr></table>".getBytes(StandardCharsets.UTF_8), "表.xls"));
        assertEquals(InputFormat.HTML, FormatSniffer.detect(
                "<HTML xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>".getBytes(StandardCharsets.UTF_8), "说明.doc"));
        assertEquals(InputFormat.HTML, FormatSniffer.detect(
                "<meta charset=\"utf-8\"><p>预算</p>".getBytes(StandardCharsets.UTF_8), "page"));
        // text named .html is read as HTML; a text filing quoting a tag is still text
        assertEquals(InputFormat.HTML, FormatSniffer.detect("部门预算".getBytes(StandardCharsets.UTF_8), "page.htm"));
        assertEquals(InputFormat.TEXT, FormatSniffer.detect("一、说明 <table> 标签".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertEquals(InputFormat.TEXT, FormatSniffer.detect("<2025年部门预算>\n一、收入".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertEquals(InputFormat.UNKNOWN, FormatSniffer.detect(new byte[] {'<', 'p', '>', 0, 1, 2}, "binary.html"));
    }
}
