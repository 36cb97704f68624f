package budget.audit.report;

/**
 * The one place that makes text safe for an XML part (XLSX cells, sheet names and document properties; the PDF's
 * XHTML, document info and XMP). XML 1.0 allows neither C0 control characters other than TAB, LF and CR, nor
 * U+FFFE / U+FFFF, nor an unpaired surrogate: each is replaced by U+FFFD, so a filing carrying one (a department
 * name with an ESC from a word processor) still gets its reports, and no part is malformed. The JSON report keeps
 * the text as read (JSON escapes every character).
 */
public final class XmlText {

    /** Shown in place of a character XML cannot carry. */
    public static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** {@code text} with every character XML 1.0 cannot carry replaced by U+FFFD; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstIllegal(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else {
                sb.append(legal(c) ? c : REPLACEMENT);
            }
        }
        return sb.toString();
    }

    /** Index of the first character XML cannot carry, or -1. */
    static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!legal(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean legal(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
