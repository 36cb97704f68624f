package budget.audit.ingest.html;

import budget.audit.ingest.pdf.PositionedLayout;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages of a PDF converted to a web page: a page is an element holding absolutely positioned children — text boxes
 * (top/left/font-size) and empty boxes whose borders draw the table rules. Their geometry is read from the inline
 * styles and handed to the PDF reader's layout, so tables come out as TAB rows with cells from the rules.
 */
final class PositionedPages {

    /** An element is a page when at least this many of its children are positioned boxes. */
    private static final int MIN_BOXES = 3;
    private static final double DEFAULT_WIDTH = 595;
    private static final double DEFAULT_HEIGHT = 842;
    /** A filled box at most this thin (points) is drawn as a rule. */
    private static final double THIN = 2.0;
    private static final double DEFAULT_FONT = 12;
    /** Rules per page at most (a dense table has a few thousand pieces); past this the page is read without rules. */
    static final int MAX_RULES = 5000;

    private PositionedPages() {
    }

    static boolean isPage(Element element) {
        return boxes(element, MIN_BOXES) >= MIN_BOXES;
    }

    /** Whether the element looks like the pages already found (same tag and class) and holds a positioned box. */
    static boolean isPageLike(Element element, java.util.Set<String> pageKinds) {
        return pageKinds.contains(kind(element)) && boxes(element, 1) >= 1;
    }

    static String kind(Element element) {
        return element.normalName() + "." + element.className();
    }

    private static int boxes(Element element, int enough) {
        int boxes = 0;
        for (Element child : element.children()) {
            if (InlineStyle.of(child).absolute() && ++boxes >= enough) {
                break;
            }
        }
        return boxes;
    }

    static PositionedLayout.Page page(Element page) {
        InlineStyle style = InlineStyle.of(page);
        List<PositionedLayout.TextBox> boxes = new ArrayList<>();
        List<PositionedLayout.Rule> rules = new ArrayList<>();
        double maxX = 0;
        double maxY = 0;
        for (Element child : page.children()) {
            InlineStyle s = InlineStyle.of(child);
            if (!s.absolute() || s.hidden()) {
                continue;
            }
            double left = s.points("left");
            double top = s.points("top");
            double width = orZero(s.points("width"));
            double height = orZero(s.points("height"));
            String text = FlowText.inline(child);
            if (!text.isBlank() && !child.tagName().equals("img")) {
                double size = fontSize(child, s);
                boxes.add(new PositionedLayout.TextBox(text, left, top, size));
                maxX = Math.max(maxX, left);
                maxY = Math.max(maxY, top + size);
                continue;
            }
            addRules(s, left, top, width, height, rules);
            maxX = Math.max(maxX, left + width);
            maxY = Math.max(maxY, top + height);
        }
        if (rules.size() > MAX_RULES) {
            rules.clear();
        }
        double pageWidth = style.points("width");
        double pageHeight = style.points("height");
        return new PositionedLayout.Page(
                Double.isNaN(pageWidth) ? Math.max(DEFAULT_WIDTH, maxX) : pageWidth,
                Double.isNaN(pageHeight) ? Math.max(DEFAULT_HEIGHT, maxY) : pageHeight, boxes, rules);
    }

    private static void addRules(InlineStyle s, double left, double top, double width, double height,
                                 List<PositionedLayout.Rule> rules) {
        double right = left + width;
        double bottom = top + height;
        if (s.border("top") && width > 0) {
            rules.add(new PositionedLayout.Rule(false, top, left, right));
        }
        if (s.border("bottom") && width > 0) {
            rules.add(new PositionedLayout.Rule(false, bottom, left, right));
        }
        if (s.border("left") && height > 0) {
            rules.add(new PositionedLayout.Rule(true, left, top, bottom));
        }
        if (s.border("right") && height > 0) {
            rules.add(new PositionedLayout.Rule(true, right, top, bottom));
        }
        boolean filled = !s.get("background-color").isEmpty() || !s.get("background").isEmpty();
        if (filled && height > 0 && height <= THIN && width > height) {
            rules.add(new PositionedLayout.Rule(false, top + height / 2, left, right));
        } else if (filled && width > 0 && width <= THIN && height > width) {
            rules.add(new PositionedLayout.Rule(true, left + width / 2, top, bottom));
        }
    }

    /** The box's font size, else that of its first descendant that sets one, else its line height. */
    private static double fontSize(Element box, InlineStyle style) {
        double size = style.points("font-size");
        if (Double.isNaN(size)) {
            for (Element e : box.getAllElements()) {
                size = InlineStyle.of(e).points("font-size");
                if (!Double.isNaN(size)) {
                    break;
                }
            }
        }
        if (Double.isNaN(size)) {
            size = style.points("line-height");
        }
        return Double.isNaN(size) || size <= 0 ? DEFAULT_FONT : size;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) || v < 0 ? 0 : v;
    }
}
