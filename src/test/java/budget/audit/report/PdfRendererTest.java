package budget.audit.report;

import budget.audit.report.model.AuditReport;
import budget.audit.report.pdf.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfRendererTest {

    private static AuditReport report;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        report = ReportFixture.report();
        pdf = render(report);
        Path out = Path.of("target", "report-test", "report.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    private static byte[] render(AuditReport r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(ReportFixture.engine()).render(r, out);
        return out.toByteArray();
    }

    private static String text() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void containsDepartmentRuleIdsAndEveryHanziOfTheMessages() throws Exception {
        String text = text();
        assertTrue(text.contains(ReportFixture.DEPARTMENT), "department name, escaped markup shown literally");
        for (AuditReport.FindingEntry f : report.findings()) {
            assertTrue(text.contains(f.rule()), f.rule());
            TreeSet<String> missing = new TreeSet<>();
            f.message().codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .mapToObj(Character::toString)
                    .filter(ch -> !text.contains(ch))
                    .forEach(missing::add);
            assertEquals(new TreeSet<String>(), missing, "hanzi missing from the PDF for " + f.rule());
        }
        assertTrue(text.contains(report.findings().getFirst().message().replaceAll("\\s+", "")),
                "first message appears whole");
        assertTrue(text.contains("第1页共"), "page footer");
        assertTrue(text.contains(ReportFixture.SHA));
    }

    @Test
    void everyFontIsAnEmbeddedSubset() throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName());
                    PDFontDescriptor descriptor = font instanceof PDType0Font t0
                            ? t0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    assertNotNull(descriptor, font.getName());
                    assertTrue(descriptor.getFontFile2() != null || descriptor.getFontFile() != null
                            || descriptor.getFontFile3() != null, "embedded: " + font.getName());
                }
            }
        }
        assertFalse(names.isEmpty());
        assertTrue(names.stream().anyMatch(n -> n.contains("NotoSerifSC")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("NotoSansSC")), names.toString());
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() throws Exception {
        assertArrayEquals(pdf, render(ReportFixture.report()));
    }

    @Test
    void fixedDatesFromReportDate() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertEquals(2026, info.getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals(0, info.getCreationDate().get(java.util.Calendar.MONTH));
            assertEquals(5, info.getCreationDate().get(java.util.Calendar.DAY_OF_MONTH));
            assertEquals(info.getCreationDate().getTimeInMillis(), info.getModificationDate().getTimeInMillis());
        }
    }
}
