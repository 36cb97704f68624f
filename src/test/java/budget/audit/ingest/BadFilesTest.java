package budget.audit.ingest;

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
}
