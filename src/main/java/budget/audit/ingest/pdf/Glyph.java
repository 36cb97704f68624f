package budget.audit.ingest.pdf;

/**
 * One visible glyph on a page, in top-down page coordinates (points).
 *
 * @param text     its Unicode text (usually one character)
 * @param x        left edge
 * @param baseline baseline, measured from the top of the page
 * @param width    advance width
 * @param size     font size as drawn (em height)
 */
record Glyph(String text, double x, double baseline, double width, double size) {

    double right() {
        return x + width;
    }

    double centerX() {
        return x + width / 2;
    }

    /** A point a third of an em above the baseline: inside the glyph's body, used for cell membership. */
    double middleY() {
        return baseline - size / 3;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
