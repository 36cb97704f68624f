package budget.audit.report;

import budget.audit.report.model.AuditReport;
import budget.audit.report.pdf.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The fonts are parsed once and shared by every document: documents rendered at the same time on several
 * threads must come out exactly as when rendered alone (own glyph subsets, own seeded subset prefixes).
 */
class PdfConcurrentRenderTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(ReportFixture.engine());

    private static AuditReport reportOn(LocalDate date) {
        return ReportBuilder.build(ReportFixture.filing(), ReportFixture.catalogue(), ReportFixture.checks(),
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), date, ReportFixture.engine());
    }

    private static byte[] render(AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(report, out);
        return out.toByteArray();
    }

    private static TreeSet<String> fontNames(byte[] pdf) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void documentsRenderedConcurrentlyEqualTheirSingleThreadedBytes() throws Exception {
        AuditReport a = reportOn(LocalDate.of(2026, 1, 5));
        AuditReport b = reportOn(LocalDate.of(2026, 2, 9));
        byte[] aloneA = render(a);
        byte[] aloneB = render(b);
        assertEquals(2, fontNames(aloneA).size(), fontNames(aloneA).toString());
        assertNotEquals(fontNames(aloneA), fontNames(aloneB), "different documents draw different subset prefixes");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                AuditReport r = i % 2 == 0 ? a : b;
                futures.add(pool.submit(() -> render(r)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? aloneA : aloneB, futures.get(i).get(), "document " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
