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
}
