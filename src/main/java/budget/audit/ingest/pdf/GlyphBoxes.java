package budget.audit.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible glyphs of one page with their boxes, as the PDF reader sees them (same visibility rules: invisible,
 * white and clipped text left out), for marking a place on the page. Boxes are in display coordinates (points from
 * the top-left of the page as a viewer shows it); {@link #toUser} turns a box back into the page's user space.
 */
public final class GlyphBoxes {

    /** How far above the baseline a glyph's box reaches, and below it, in ems. */
    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.18;

    /** A glyph and its box in display coordinates; {@code baseline} and {@code size} to group glyphs into rows. */
    public record Box(String text, double left, double top, double right, double bottom, double baseline,
                      double size) {
    }

    private GlyphBoxes() {
    }

    /** The visible glyphs of a page, in the order they are drawn. */
    public static List<Box> of(PDPage page) throws IOException {
        PageContent content = new PageCollector(page).collect(1);
        List<Box> out = new ArrayList<>(content.glyphs().size());
        for (Glyph g : content.glyphs()) {
            if (g.isBlank()) {
                continue;
            }
            out.add(new Box(g.text(), g.x(), g.baseline() - g.size() * ASCENT, g.right(),
                    g.baseline() + g.size() * DESCENT, g.baseline(), g.size()));
        }
        return out;
    }

    /**
     * A rectangle in display coordinates as {x0, y0, x1, y1} (lower-left, upper-right) in the page's user space,
     * undoing the page's crop box offset and /Rotate.
     */
    public static float[] toUser(PDPage page, double left, double top, double right, double bottom) {
        double[] a = user(page, left, top);
        double[] b = user(page, right, bottom);
        return new float[] {(float) Math.min(a[0], b[0]), (float) Math.min(a[1], b[1]),
                (float) Math.max(a[0], b[0]), (float) Math.max(a[1], b[1])};
    }

    private static double[] user(PDPage page, double dx, double dy) {
        PDRectangle box = page.getCropBox();
        double llx = box.getLowerLeftX();
        double lly = box.getLowerLeftY();
        double urx = box.getUpperRightX();
        double ury = box.getUpperRightY();
        int rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        return switch (rotation) {
            case 90 -> new double[] {dy + llx, dx + lly};
            case 180 -> new double[] {urx - dx, dy + lly};
            case 270 -> new double[] {urx - dy, ury - dx};
            default -> new double[] {dx + llx, ury - dy};
        };
    }
}
