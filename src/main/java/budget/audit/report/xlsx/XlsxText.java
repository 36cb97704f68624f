package budget.audit.report.xlsx;

import budget.audit.report.XmlText;

/**
 * Text as an XLSX cell can hold it: characters XML cannot carry replaced ({@link XmlText}), and text longer than
 * Excel's 32,767 characters per cell cut with a visible marker (the PDF and JSON reports keep the whole text).
 * Text starting with = + - @ is stored with Excel's quote prefix ({@link #quoted(String)}), so that editing the cell
 * never turns it into a formula.
 */
public final class XlsxText {

    /** Excel's limit of characters in one cell. */
    public static final int MAX_CELL = 32_767;
    /** Ends a cut cell. */
    public static final String CUT_MARKER = "…（已截断，全文见 JSON 报告）";

    private XlsxText() {
    }

    /** The text to store in a cell; null stays null. */
    public static String cell(String text) {
        String clean = XmlText.clean(text);
        if (clean == null || clean.length() <= MAX_CELL) {
            return clean;
        }
        int end = MAX_CELL - CUT_MARKER.length();
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + CUT_MARKER;
    }

    /** Whether Excel would read the text as a formula when the cell is edited: it starts with = + - @. */
    public static boolean quoted(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
