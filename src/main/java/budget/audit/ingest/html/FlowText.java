package budget.audit.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;

/**
 * The text of an element on one line, as a reader sees it: whitespace collapsed, non-breaking spaces as spaces,
 * hidden and non-text elements left out. Where the text breaks (a {@code <br>}, a block element, a line break in
 * the source) two Chinese characters are joined directly — Chinese text wraps between characters, a space there
 * would split a word such as "一般公共预算" — and other text gets one space.
 */
final class FlowText {

    /** Elements whose content is never text of the filing. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "svg", "canvas", "nav", "header", "footer", "aside", "select", "button", "input", "textarea", "head",
            "title", "map", "audio", "video", "img", "option", "datalist", "dialog", "math");

    /** Elements that start a new line of text. */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "section", "article", "main", "blockquote", "pre", "tr", "td", "th", "caption", "center",
            "address", "figure", "figcaption", "hr", "fieldset", "legend", "table", "thead", "tbody", "tfoot", "body",
            "form", "details", "summary", "o:p");

    private static final char BREAK = '\n';

    private FlowText() {
    }

    /** The element's text on one line. */
    static String inline(Element element) {
        StringBuilder raw = new StringBuilder();
        collect(element, raw);
        return join(raw);
    }

    /** Class or id words of site chrome around the article (menus, breadcrumbs, share buttons, footers). */
    static final Set<String> CHROME = Set.of("nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumbs",
            "footer", "share", "sidebar", "toolbar", "copyright");

    static boolean skipped(Element element) {
        return SKIPPED.contains(element.normalName()) || element.hasAttr("hidden")
                || element.attr("role").equalsIgnoreCase("navigation") || InlineStyle.of(element).hidden()
                || chrome(element.className()) || chrome(element.id());
    }

    private static boolean chrome(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : names.toLowerCase(java.util.Locale.ROOT).split("[\\s_-]+")) {
            if (CHROME.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Element element, StringBuilder raw) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                raw.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (skipped(e)) {
                    continue;
                }
                String tag = e.normalName();
                if (tag.equals("br")) {
                    raw.append(BREAK);
                } else if (BLOCKS.contains(tag)) {
                    raw.append(BREAK);
                    collect(e, raw);
                    raw.append(BREAK);
                } else {
                    collect(e, raw);
                }
            }
        }
    }

    /**
     * Collapses whitespace: a run holding a line break between two wide (CJK) characters disappears, any other
     * run becomes one space; the result is stripped.
     */
    static String join(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            while (i < n && isSpace(raw.charAt(i))) {
                lineBreak |= raw.charAt(i) == '\n' || raw.charAt(i) == '\r';
                i++;
            }
            if (out.isEmpty() || i >= n) {
                continue;
            }
            char before = out.charAt(out.length() - 1);
            char after = raw.charAt(i);
            if (!(lineBreak && wide(before) && wide(after))) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean wide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || Character.isSurrogate(c);
    }
}
