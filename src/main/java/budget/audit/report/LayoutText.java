package budget.audit.report;

/**
 * Bounds the text the PDF and DOCX reports lay out. OpenPDF's HTML renderer breaks a run of text into lines in time
 * that grows with the square of its length (a 100,000-character table cell took about 30 s), so no text node of a
 * report's XHTML may be unbounded: a node longer than {@link #LIMIT} characters keeps its first {@link #KEEP}
 * characters followed by the marker {@code longText.omitted} of {@code templates/labels.ftl}
 * (“…（原文共N字，以下从略）”, N the node's length). Every character counts once: a surrogate pair, an entity or
 * character reference ({@code &amp;}, {@code &#20320;}). Markup, comments and the {@code <style>} / {@code <script>}
 * content are left as they are. The JSON report keeps the whole text of names and labels; the XLSX cuts at Excel's
 * cell limit. A quoted source line ({@link #quote}) is cut the same way in the report model, so in every format:
 * a 1 MB line carrying 20,000 amounts is quoted by each of them, which made the reports gigabytes long.
 */
public final class LayoutText {

    /** Longest text node laid out whole (room for the longest real paragraph, e.g. the draft opinion). */
    public static final int LIMIT = 2_000;

    /** Characters kept of a longer node. */
    public static final int KEEP = 500;

    /** The label of the marker; {@code {n}} is the node's length in characters. */
    public static final String MARKER_LABEL = "longText.omitted";

    /** The last long line quoted on this thread and its quote: a line with 20,000 amounts is quoted by each. */
    private static final ThreadLocal<String[]> LAST_QUOTE = new ThreadLocal<>();

    private LayoutText() {
    }

    /** A quoted source line: the text itself up to {@link #LIMIT} characters, else its beginning and the marker. */
    public static String quote(String text, String marker) {
        if (text == null || text.length() <= LIMIT) {
            return text;
        }
        String[] last = LAST_QUOTE.get();
        if (last != null && last[0] == text && last[1].equals(marker)) {
            return last[2];
        }
        int length = text.codePointCount(0, text.length());
        String quote = length <= LIMIT ? text
                : text.substring(0, text.offsetByCodePoints(0, KEEP)) + marker.replace("{n}", String.valueOf(length));
        LAST_QUOTE.set(new String[]{text, marker, quote});
        return quote;
    }

    /** {@code xhtml} with every over-long text node cut (same input, same output); the marker from {@code labels}. */
    public static String cap(String xhtml, Labels labels) {
        return cap(xhtml, labels.get(MARKER_LABEL));
    }

    /** {@code xhtml} with every text node over {@link #LIMIT} characters cut; {@code marker} may hold {@code {n}}. */
    public static String cap(String xhtml, String marker) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = xhtml.length();
        while (i < n) {
            char c = xhtml.charAt(i);
            if (c == '<') {
                i = skipMarkup(xhtml, i);
                continue;
            }
            int end = xhtml.indexOf('<', i);
            if (end < 0) {
                end = n;
            }
            if (end - i > LIMIT) {
                int length = 0;
                int keepEnd = -1;
                for (int j = i; j < end; j = next(xhtml, j, end)) {
                    length++;
                    if (length == KEEP) {
                        keepEnd = next(xhtml, j, end);
                    }
                }
                if (length > LIMIT) {
                    if (out == null) {
                        out = new StringBuilder(xhtml.length() / 2 + 1024);
                    }
                    out.append(xhtml, copied, keepEnd).append(escape(marker.replace("{n}", String.valueOf(length))));
                    copied = end;
                }
            }
            i = end;
        }
        if (out == null) {
            return xhtml;
        }
        return out.append(xhtml, copied, n).toString();
    }

    /** Index after the markup starting at {@code i}: a comment, or a tag (and the content of style / script). */
    private static int skipMarkup(String xhtml, int i) {
        if (xhtml.startsWith("<!--", i)) {
            int close = xhtml.indexOf("-->", i + 4);
            return close < 0 ? xhtml.length() : close + 3;
        }
        if (xhtml.startsWith("<![CDATA[", i)) {
            int close = xhtml.indexOf("]]>", i + 9);
            return close < 0 ? xhtml.length() : close + 3;
        }
        int close = xhtml.indexOf('>', i + 1);
        if (close < 0) {
            return xhtml.length();
        }
        for (String raw : new String[]{"style", "script"}) {
            if (opens(xhtml, i, raw) && xhtml.charAt(close - 1) != '/') {
                int endTag = xhtml.indexOf("</" + raw, close + 1);
                return endTag < 0 ? xhtml.length() : endTag;
            }
        }
        return close + 1;
    }

    private static boolean opens(String xhtml, int i, String name) {
        if (!xhtml.regionMatches(true, i + 1, name, 0, name.length())) {
            return false;
        }
        int after = i + 1 + name.length();
        if (after >= xhtml.length()) {
            return false;
        }
        char c = xhtml.charAt(after);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** Index of the character after the one at {@code j}: one code point, or one whole entity reference. */
    private static int next(String text, int j, int end) {
        char c = text.charAt(j);
        if (c == '&') {
            for (int k = j + 1; k < end && k <= j + 12; k++) {
                char d = text.charAt(k);
                if (d == ';') {
                    return k + 1;
                }
                if (!Character.isLetterOrDigit(d) && d != '#') {
                    break;
                }
            }
        }
        if (Character.isHighSurrogate(c) && j + 1 < end && Character.isLowSurrogate(text.charAt(j + 1))) {
            return j + 2;
        }
        return j + 1;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
