package budget.audit.report.annotated;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The locator marks a quote where PDFBox's own text extraction puts its glyphs (their origins in user space lie in
 * the marked rectangle), on upright pages and on pages turned by /Rotate (landscape tables printed on portrait
 * pages), and finds a quote broken over two lines.
 */
class EvidenceLocatorTest {

    private static final String FIRST = "Total expenditure 12345.67 for the year,";
    private static final String SECOND = "of which basic expenditure 9876.54.";

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void marksTheQuotedGlyphsOnTurnedPages(int rotation) throws Exception {
        try (PDDocument doc = Loader.loadPDF(page(rotation))) {
            PDPage page = doc.getPage(0);
            EvidenceLocator.Mark mark = EvidenceLocator.of(page, 1).find(FIRST + SECOND).orElseThrow();
            assertEquals(2, mark.rows().size(), "one rectangle per line");
            List<TextPosition> glyphs = glyphs(doc);
            assertTrue(glyphs.size() > 40);
            for (TextPosition g : glyphs) {
                if (g.getUnicode().isBlank()) {
                    continue;
                }
                // the middle of the glyph's advance along its baseline, in user space
                Matrix m = g.getTextMatrix();
                double along = g.getWidthDirAdj() / 2;
                double scale = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
                double x = m.getTranslateX() + m.getValue(0, 0) / scale * along;
                double y = m.getTranslateY() + m.getValue(0, 1) / scale * along;
                float[] r = mark.rect();
                assertTrue(x >= r[0] - 0.5 && x <= r[2] + 0.5 && y >= r[1] - 0.5 && y <= r[3] + 0.5,
                        "rotation " + rotation + ": '" + g.getUnicode() + "' at " + x + "," + y + " outside "
                                + java.util.Arrays.toString(r));
            }
            float[] r = mark.rect();
            assertTrue(Math.min(r[2] - r[0], r[3] - r[1]) < 40, "two lines of 10 pt text, not the page");
        }
    }

    @Test
    void aQuoteNotOnThePageIsNotMarked() throws Exception {
        try (PDDocument doc = Loader.loadPDF(page(0))) {
            assertTrue(EvidenceLocator.of(doc.getPage(0), 1).find("Nothing like this is printed").isEmpty());
            // a quote running on to another page: its leading part is marked
            assertTrue(EvidenceLocator.of(doc.getPage(0), 1).find(SECOND + " And then next page text").isPresent());
        }
    }

    private static List<TextPosition> glyphs(PDDocument doc) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.getText(doc);
        return out;
    }

    /** Two lines of text that read upright on screen once the page's /Rotate is applied. */
    private static byte[] page(int rotation) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            doc.addPage(page);
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                String[] lines = {FIRST, SECOND};
                for (int i = 0; i < lines.length; i++) {
                    float dx = 80;
                    float dy = 120 + i * 14;
                    // (dx, dy): position on the displayed page from its top-left; to user space per rotation
                    Matrix m = switch (rotation) {
                        case 90 -> new Matrix(0, 1, -1, 0, dy, dx);
                        case 180 -> new Matrix(-1, 0, 0, -1, w - dx, dy);
                        case 270 -> new Matrix(0, -1, 1, 0, w - dy, h - dx);
                        default -> new Matrix(1, 0, 0, 1, dx, h - dy);
                    };
                    s.beginText();
                    s.setFont(font, 10);
                    s.setTextMatrix(m);
                    s.showText(lines[i]);
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
