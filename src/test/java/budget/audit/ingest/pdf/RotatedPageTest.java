package budget.audit.ingest.pdf;

import budget.audit.ingest.Ingest;
import budget.audit.model.SourceLine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A landscape table printed on a portrait page that /Rotate turns for display: the text is drawn rotated in user
 * space and must be read as a viewer shows it, left to right, with the table's rows and cells intact.
 */
class RotatedPageTest {

    @TempDir
    Path dir;

    private static final String[][] ROWS = {
        {"项目", "预算数"},
        {"一般公共服务支出", "800.00"},
        {"合计", "800.00"}};

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void aTurnedPageReadsAsDisplayed(int rotation) throws Exception {
        Path file = dir.resolve("turned-" + rotation + ".pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            d.addPage(page);
            PDType0Font font = PDType0Font.load(d, new File("fonts/NotoSerifSC-Regular.ttf"));
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            // display space → user space: the inverse of the viewer's turn by `rotation` degrees clockwise
            Matrix toUser = switch (rotation) {
                case 90 -> new Matrix(0, 1, -1, 0, w, 0);
                case 180 -> new Matrix(-1, 0, 0, -1, w, h);
                case 270 -> new Matrix(0, -1, 1, 0, 0, h);
                default -> new Matrix();
            };
            float displayHeight = rotation % 180 == 0 ? h : w;
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                line(cs, font, toUser, 60, displayHeight - 60, "2025年部门收支预算总表");
                line(cs, font, toUser, 60, displayHeight - 84, "单位：万元");
                float y = displayHeight - 130;
                for (String[] row : ROWS) {
                    line(cs, font, toUser, 60, y, row[0]);
                    line(cs, font, toUser, 320, y, row[1]);
                    y -= 24;
                }
            }
            d.save(file.toFile());
        }
        List<String> lines = new Ingest().read(file).lines().stream().map(SourceLine::text).toList();
        assertEquals(List.of("2025年部门收支预算总表", "单位：万元", "项目\t预算数", "一般公共服务支出\t800.00",
                "合计\t800.00"), lines);
    }

    /** Draws text at (x, y) of the page as displayed (y up from the displayed bottom). */
    private static void line(PDPageContentStream cs, PDType0Font font, Matrix toUser, float x, float y, String text)
            throws Exception {
        Matrix m = toUser.clone();
        m.concatenate(Matrix.getTranslateInstance(x, y));
        cs.beginText();
        cs.setFont(font, 12);
        cs.setTextMatrix(m);
        cs.showText(text);
        cs.endText();
    }
}
