package budget.audit.report.pdf;

import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Characters the report fonts cannot draw (CJK Extension B such as 𠀀, emoji…): the PDF renderer would drop them
 * without a trace, so a quote would silently lose a character. They are found before layout, replaced by
 * {@link #MARK} in the PDF, and listed (as U+ codes) in a note of the report; the JSON and XLSX keep them.
 * A character counts as drawable when both fonts (body and headings) have a glyph for it.
 */
public final class MissingGlyphs {

    /** Stands in the PDF for a character the fonts lack (GB/T 15834 uses 〓 for a missing character). */
    public static final String MARK = "\u3013";

    private static final BitSet CHECKED = new BitSet();
    private static final BitSet MISSING = new BitSet();

    private MissingGlyphs() {
    }

    /** The code points of {@code text} the fonts cannot draw (controls and whitespace aside), in order. */
    public static Set<Integer> in(String text) {
        Set<Integer> missing = new TreeSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !drawable(cp)) {
                missing.add(cp);
            }
        }
        return missing;
    }

    /** {@code text} with every character of {@code missing} replaced by {@link #MARK}. */
    public static String mark(String text, Set<Integer> missing) {
        if (missing.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (missing.contains(cp)) {
                sb.append(MARK);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** "U+20000、U+1F600" */
    public static String codes(Set<Integer> missing) {
        StringBuilder sb = new StringBuilder();
        for (int cp : missing) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            sb.append(String.format("U+%04X", cp));
        }
        return sb.toString();
    }

    private static boolean drawable(int cp) {
        synchronized (CHECKED) {
            if (CHECKED.get(cp)) {
                return !MISSING.get(cp);
            }
        }
        boolean ok = PdfFonts.canDraw(cp);
        synchronized (CHECKED) {
            CHECKED.set(cp);
            MISSING.set(cp, !ok);
        }
        return ok;
    }
}
