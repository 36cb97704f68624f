package budget.audit.hardening;

import budget.audit.engine.AuditResult;
import budget.audit.ingest.FixtureDocuments;
import budget.audit.ingest.pdf.PdfReader;
import budget.audit.support.Audits;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFs past the page limit (issue 12, item 8): blank pages do not push the filing's pages out of reach, pages not
 * read are named in the report, a file mostly unread is an input error, and a 5,000-page PDF is read in bounded
 * memory.
 */
class PdfPageLimitTest {

    @TempDir
    Path dir;

    /** The fixture filing with {@code blanks} blank pages before it and {@code fillers} pages of text after it. */
    private static byte[] padded(int blanks, int fillers) throws Exception {
        try (PDDocument filing = Loader.loadPDF(FixtureDocuments.pdf()); PDDocument out = new PDDocument()) {
            for (int i = 0; i < blanks; i++) {
                out.addPage(new PDPage(PDRectangle.A4));
            }
            for (PDPage page : filing.getPages()) {
                out.importPage(page);
            }
            addTextPages(out, fillers);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void addTextPages(PDDocument doc, int count) throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 0; i < count; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Appendix page " + (i + 1) + " of material that is not part of the budget filing");
                cs.endText();
            }
        }
    }

    @Test
    void blankPagesDoNotPushTheFilingOutOfReach() throws Exception {
        Path file = Files.write(dir.resolve("blank-padded.pdf"), padded(PdfReader.MAX_PAGES + 100, 0));
        AuditResult result = Audits.audit(file, dir.resolve("out"));
        JsonNode json = Audits.json(result);
        assertEquals(0, json.get("coverage").get("notRead").size(), json.get("coverage").toString());
        assertTrue(json.get("facts").size() > 0, "the filing after the blank pages is read");
    }

    @Test
    void pagesPastTheLimitAreNamedInTheReport() throws Exception {
        int fillers = PdfReader.MAX_PAGES + 20;
        byte[] pdf = padded(0, fillers);
        int total;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            total = d.getNumberOfPages();
        }
        Path file = Files.write(dir.resolve("long.pdf"), pdf);
        JsonNode json = Audits.json(Audits.audit(file, dir.resolve("out")));
        JsonNode notRead = json.get("coverage").get("notRead");
        assertEquals(1, notRead.size(), json.get("coverage").toString());
        String expected = "第 " + (PdfReader.MAX_PAGES + 1) + "–" + total + " 页（" + (total - PdfReader.MAX_PAGES)
                + " 页）未读取";
        assertTrue(notRead.get(0).asText().contains(expected), notRead.get(0).asText());
        String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(
                Loader.loadPDF(dir.resolve("out/long.pdf").toFile())).replaceAll("\\s+", "");
        assertTrue(pdfText.contains(expected.replace(" ", "")), "the note is in the PDF report");
    }

    /** A PDF of {@code count} pages of English text only (no filing); also used by BatchWithHostileFilesTest. */
    static byte[] pagesOfText(int count) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            addTextPages(doc, count);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** 5,000 pages of text: mostly unread, so an input error; read in a child JVM with a small heap. */
    @Test
    void aFiveThousandPagePdfIsAnInputErrorInBoundedMemory() throws Exception {
        Path file = Files.write(dir.resolve("huge.pdf"), pagesOfText(5_000));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "budget.audit.cli.Main", "audit", file.toString(), "-o", dir.resolve("o").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("log"), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.contains("PDF 共 5000 页，超出读取上限") && log.contains("审核没有意义"), log);
        assertFalse(log.contains("OutOfMemory") || log.contains("内存不足"), log);
        assertFalse(Files.exists(dir.resolve("o/huge.json")));
    }
}
