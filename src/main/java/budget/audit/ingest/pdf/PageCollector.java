package budget.audit.ingest.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one page without rendering it and keeps only what a reader would see: glyphs that are filled in a
 * non-white colour, not transparent, inside the current clipping path (which starts as the crop box), and the
 * straight rules that tables are drawn with. Invisible text (render mode 3/7), white text and clipped copies of
 * text are dropped here, so layout never sees them.
 */
final class PageCollector extends PDFGraphicsStreamEngine {

    private static final double MIN_RULE_LENGTH = 4.0;
    private static final double MAX_RULE_THICKNESS = 2.5;

    private final PDRectangle box;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private GeneralPath path = new GeneralPath();
    private Integer pendingClip;
    private int images;

    /** The page's /Rotate (0, 90, 180 or 270): how a viewer turns the page for display. */
    private final int rotation;

    PageCollector(PDPage page) {
        super(page);
        this.box = page.getCropBox();
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
    }

    PageContent collect(int pageNumber) throws IOException {
        budget.audit.model.Interruption.check();
        processPage(getPage());
        boolean sideways = rotation == 90 || rotation == 270;
        return new PageContent(pageNumber, sideways ? box.getHeight() : box.getWidth(),
                sideways ? box.getWidth() : box.getHeight(), List.copyOf(glyphs), List.copyOf(rulings), images);
    }

    /**
     * A point of user space in display coordinates (points from the top-left of the page as a viewer shows it,
     * after the page's /Rotate): a landscape table printed on a portrait page turned by /Rotate 90 reads
     * left to right here, as on screen.
     */
    private double[] display(double ux, double uy) {
        double llx = box.getLowerLeftX();
        double lly = box.getLowerLeftY();
        double urx = box.getUpperRightX();
        double ury = box.getUpperRightY();
        return switch (rotation) {
            case 90 -> new double[] {uy - lly, ux - llx};
            case 180 -> new double[] {urx - ux, uy - lly};
            case 270 -> new double[] {ury - uy, urx - ux};
            default -> new double[] {ux - llx, ury - uy};
        };
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        budget.audit.model.Interruption.check();
        super.showGlyph(trm, font, code, displacement);
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return;
        }
        boolean filled = mode.isFill();
        PDColor color = filled ? state.getNonStrokingColor() : state.getStrokingColor();
        double alpha = filled ? state.getNonStrokeAlphaConstant() : state.getAlphaConstant();
        if (alpha <= 0.01 || isWhite(color)) {
            return;
        }
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        // the text's own axes in user space: along the baseline (a, b) and up the glyph (c, d), whatever the
        // rotation (a landscape table on a turned page is drawn rotated)
        double a = trm.getValue(0, 0);
        double b = trm.getValue(0, 1);
        double c = trm.getValue(1, 0);
        double d = trm.getValue(1, 1);
        double scaleX = Math.hypot(a, b);
        double size = Math.hypot(c, d);
        double width = displacement.getX() * scaleX;
        double x = trm.getTranslateX();
        double y = trm.getTranslateY();
        if (size <= 0.1 || scaleX <= 0) {
            return;
        }
        // the glyph counts as visible when the middle of its body lies inside the clip (crop box included)
        double along = Math.max(width, 0.1) / 2;
        double up = size / 3;
        double probeX = x + a / scaleX * along + c / size * up;
        double probeY = y + b / scaleX * along + d / size * up;
        if (!state.getCurrentClippingPath().contains(probeX, probeY)) {
            return;
        }
        double[] at = display(x, y);
        glyphs.add(new Glyph(unicode, at[0], at[1], Math.max(width, 0), size));
    }

    private static boolean isWhite(PDColor color) {
        if (color == null) {
            return false;
        }
        try {
            float[] rgb = color.getColorSpace() == null ? null : color.getColorSpace().toRGB(color.getComponents());
            if (rgb == null || rgb.length < 3) {
                return false;
            }
            return rgb[0] > 0.97f && rgb[1] > 0.97f && rgb[2] > 0.97f;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo((float) p0.getX(), (float) p0.getY());
        path.lineTo((float) p1.getX(), (float) p1.getY());
        path.lineTo((float) p2.getX(), (float) p2.getY());
        path.lineTo((float) p3.getX(), (float) p3.getY());
        path.closePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        pendingClip = windingRule;
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x3, y3);
        } else {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void endPath() {
        finishPath(false, false);
    }

    @Override
    public void strokePath() {
        finishPath(true, false);
    }

    @Override
    public void fillPath(int windingRule) {
        finishPath(false, true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        finishPath(true, true);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings carry no text or rules
    }

    private void finishPath(boolean stroked, boolean filled) {
        if (stroked) {
            collectStrokedSegments(path);
        }
        if (filled) {
            collectFilledBars(path);
        }
        if (pendingClip != null) {
            path.setWindingRule(pendingClip == PathIterator.WIND_EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
            getGraphicsState().intersectClippingPath(path);
            pendingClip = null;
        }
        path = new GeneralPath();
    }

    /** Straight horizontal and vertical pieces of a stroked path become rules. */
    private void collectStrokedSegments(GeneralPath stroked) {
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = stroked.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    startX = lastX = c[0];
                    startY = lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    addSegment(lastX, lastY, c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    addSegment(lastX, lastY, startX, startY);
                    lastX = startX;
                    lastY = startY;
                }
                case PathIterator.SEG_QUADTO -> {
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> {
                }
            }
        }
    }

    /** Thin filled rectangles (how Excel and WPS often draw cell borders) become rules. */
    private void collectFilledBars(GeneralPath filled) {
        Rectangle2D bounds = filled.getBounds2D();
        double w = bounds.getWidth();
        double h = bounds.getHeight();
        if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) {
            addSegment(bounds.getCenterX(), bounds.getMinY(), bounds.getCenterX(), bounds.getMaxY());
        } else if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) {
            addSegment(bounds.getMinX(), bounds.getCenterY(), bounds.getMaxX(), bounds.getCenterY());
        }
    }

    private void addSegment(double x0, double y0, double x1, double y1) {
        double[] a = display(x0, y0);
        double[] b = display(x1, y1);
        double left = a[0];
        double right = b[0];
        double top0 = a[1];
        double top1 = b[1];
        if (Math.abs(left - right) < 0.5 && Math.abs(top0 - top1) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(true, (left + right) / 2, Math.min(top0, top1), Math.max(top0, top1)));
        } else if (Math.abs(top0 - top1) < 0.5 && Math.abs(left - right) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(false, (top0 + top1) / 2, Math.min(left, right), Math.max(left, right)));
        }
    }
}
