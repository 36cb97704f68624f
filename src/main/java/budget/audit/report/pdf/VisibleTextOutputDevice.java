package budget.audit.report.pdf;

import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.render.FSFont;
import org.openpdf.render.JustificationInfo;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * OpenPDF's output device, except that it writes no text that the current clip hides completely.
 *
 * <p>The HTML renderer paints every page by clipping the whole document to the page's content area. A block moved
 * to the next page at a page break is then also painted, clipped away, in the margin of the page before: invisible,
 * but in the PDF's text layer, so that search, copy and {@code pdftotext} see the line twice. Text whose line box
 * lies wholly outside the clip can never be seen, so leaving it out changes no pixel.
 */
final class VisibleTextOutputDevice extends ITextOutputDevice {

    /** Below the baseline, the part of the em box glyphs may reach (descenders). */
    private static final float DESCENT = 0.3f;

    private float fontSize;

    VisibleTextOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        fontSize = font == null ? 0f : font.getSize2D();
    }

    @Override
    public void drawString(String text, float x, float y, JustificationInfo info) {
        if (hiddenByClip(y)) {
            return;
        }
        super.drawString(text, x, y, info);
    }

    /** Whether a line of text on baseline {@code y} lies wholly above or below the current clip. */
    private boolean hiddenByClip(float baseline) {
        Shape clip = getClip();
        if (clip == null || fontSize <= 0f) {
            return false;
        }
        Rectangle2D bounds = clip.getBounds2D();
        float top = baseline - fontSize;
        float bottom = baseline + fontSize * DESCENT;
        return bottom < bounds.getMinY() || top > bounds.getMaxY();
    }
}
