package budget.audit.report;

import budget.audit.engine.AuditResult;
import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annotated copy of a real filing (shared/real/putuo-wanli-2024.pdf, 33 pages). Read on the rendered page:
 * 编制说明 item 31 is on page 9 ("31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元 … 2024年预算安排
 * 352.67万元，比2023年预算执行数增加0.53%。"), the subject of the XT003 and PC001 findings.
 */
class AnnotatedPdfAcceptanceTest {

    private static final int ITEM_31_PAGE = 9;

    @TempDir
    Path out;

    @Test
    void highlightsItem31OnItsPageWithABookmarkPerFinding() throws Exception {
        Path source = SharedMaterial.real("putuo-wanli-2024.pdf");
        byte[] before = Files.readAllBytes(source);
        AuditResult result = Audits.audit(source, out, "json", "annotated");
        JsonNode report = Audits.json(result);
        Path annotated = out.resolve("putuo-wanli-2024-标注.pdf");
        assertTrue(result.outputs().contains(annotated), result.outputs().toString());
        assertArrayEquals(before, Files.readAllBytes(source), "the original is never modified");

        try (PDDocument copy = Loader.loadPDF(annotated.toFile());
             PDDocument original = Loader.loadPDF(source.toFile())) {
            int cover = copy.getNumberOfPages() - original.getNumberOfPages();
            assertTrue(cover >= 1, "a first page lists the findings");
            PDPage page = copy.getPage(cover + ITEM_31_PAGE - 1);

            // the item-31 sentence is highlighted on its page, for XT003 (error, red) and PC001 (warning)
            List<PDAnnotationHighlight> highlights = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationHighlight h) {
                    highlights.add(h);
                }
            }
            List<String> rules = highlights.stream().map(h -> h.getSubject().split(" ")[0]).sorted().toList();
            assertEquals(List.of("PC001", "XT003"), rules);
            for (PDAnnotationHighlight h : highlights) {
                String covered = textIn(copy, page, h.getRectangle()).replaceAll("\\s+", "");
                assertTrue(covered.contains("31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元"), covered);
                assertTrue(covered.contains("2024年预算安排352.67万元，比2023年预算执行数增加0.53%"), covered);
                assertTrue(!covered.contains("32.“住房保障支出") && !covered.contains("30.“城乡社区支出"),
                        "the highlight covers item 31 only: " + covered);
                assertNotNull(h.getPopup(), "a popup holds message, basis and remedy");
                assertTrue(h.getContents().contains("依据：") && h.getContents().contains("整改建议："),
                        h.getContents());
                assertTrue(h.getQuadPoints().length >= 8 && h.getQuadPoints().length % 8 == 0);
            }
            assertEquals(1f, highlights.stream().filter(h -> h.getSubject().startsWith("XT003")).findFirst()
                    .orElseThrow().getColor().getComponents()[0]);
            assertTrue(page.getAnnotations().stream().anyMatch(a -> a instanceof PDAnnotationPopup));

            // every finding has a bookmark under 审核发现 (rule id first)
            PDOutlineItem root = copy.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertTrue(root.getTitle().startsWith("审核发现"), root.getTitle());
            List<String> titles = new ArrayList<>();
            root.children().forEach(i -> titles.add(i.getTitle()));
            List<String> expected = new ArrayList<>();
            report.get("findings").forEach(f -> expected.add(f.get("rule").asText()));
            List<String> bookmarked = titles.subList(1, titles.size()).stream().map(t -> t.split(" ")[0]).toList();
            assertEquals(expected, bookmarked);

            // the original text layer is intact: every original page reads as before
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= original.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String a = stripper.getText(original);
                stripper.setStartPage(p + cover);
                stripper.setEndPage(p + cover);
                assertEquals(a, stripper.getText(copy), "page " + p);
            }
        }

        // same input and date: identical bytes
        Path again = Files.createDirectory(out.resolve("again"));
        Audits.audit(source, again, "annotated");
        assertArrayEquals(Files.readAllBytes(annotated), Files.readAllBytes(again.resolve("putuo-wanli-2024-标注.pdf")));
        assertTrue(budget.audit.ingest.OwnReport.isOwnReportFile(annotated), "folder scans skip the copy");
    }

    /** The text inside a rectangle given in the page's user space (page not rotated: checked). */
    private static String textIn(PDDocument doc, PDPage page, PDRectangle r) throws Exception {
        assertEquals(0, page.getRotation());
        float height = page.getMediaBox().getHeight();
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        area.addRegion("r", new Rectangle2D.Float(r.getLowerLeftX() - 1, height - r.getUpperRightY() - 1,
                r.getWidth() + 2, r.getHeight() + 2));
        area.extractRegions(page);
        return area.getTextForRegion("r");
    }
}
