package budget.audit.report.annotated;

import budget.audit.engine.AuditResult;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.FindingEntry;
import budget.audit.support.Audits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annotated copy's cover list cuts a finding's over-long text as the other reports do (LayoutText). */
class CoverPagesLongTextTest {

    @TempDir
    Path out;

    @Test
    void aHugeFindingTextIsCutNotLaidOutOverDozensOfPages() throws Exception {
        AuditResult result = Audits.audit(Path.of("samples/02-青石街道社区服务中心-2024年单位预算.txt"), out, "json");
        AuditReport r = result.report();
        List<FindingEntry> findings = new ArrayList<>(r.findings());
        FindingEntry f = findings.getFirst();
        // 60,000 characters: laid out whole, about 40 cover pages
        findings.set(0, new FindingEntry(f.rule(), f.title(), f.severity(), f.outcome(), f.subject(),
                "超长项目名称".repeat(10_000), f.stated(), f.computed(), f.difference(), f.unit(), f.evidence(),
                f.basis(), f.remedy()));
        AuditReport huge = new AuditReport(r.tool(), r.source(), r.filing(), r.summary(), r.rules(), findings,
                r.facts(), r.roundings(), r.tables(), r.missingTables(), r.generatedOn(), r.sources(), r.scope(),
                r.coverage(), r.opinion());
        byte[] annotated = new AnnotatedPdf(TemplateEngine.of(null)).render(huge, r.source(), onePagePdf());
        try (PDDocument doc = Loader.loadPDF(annotated)) {
            int cover = doc.getNumberOfPages() - 1;
            assertTrue(cover <= 2, cover + " cover pages");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("以下从略"), "the cut is marked");
            // the item (number, rule, place and message) counted whole: 60,000 and a few characters
            assertTrue(text.matches("(?s).*共600\\d\\d字，以下从略.*"), text.substring(text.indexOf("1.[")));
        }
    }

    /**
     * The cover's text is the text drawn: a font whose glyph for 文 also serves the Kangxi radical ⽂ (U+2F42) must
     * not make the cover's text read back (search, copy) as radicals.
     */
    @Test
    void theCoverTextReadsBackAsTheIdeographsDrawn() throws Exception {
        AuditResult result = Audits.audit(Path.of("samples/02-青石街道社区服务中心-2024年单位预算.txt"), out, "json");
        AuditReport r = result.report();
        byte[] annotated = new AnnotatedPdf(TemplateEngine.of(null)).render(r, r.source(), onePagePdf());
        try (PDDocument doc = Loader.loadPDF(annotated)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("原文件：02-青石街道社区服务中心-2024年单位预算.txt"), text);
            assertTrue(text.codePoints().noneMatch(cp -> cp >= 0x2E80 && cp <= 0x2FDF), text);
        }
    }

    private static byte[] onePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
