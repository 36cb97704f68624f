package budget.audit.cli;

/**
 * Text made safe to print as (part of) one terminal line: a file name may hold ESC (which can rewrite the screen),
 * a newline or CR (which could forge a result line), bidi overrides or other controls. Each is shown escaped —
 * backslash n, r, t, e, else backslash u and four hex digits — so the name stays recognisable and every
 * printed result is exactly one line.
 */
final class Terminal {

    private Terminal() {
    }

    /** {@code text} with control, line-separator and bidi-control characters escaped; null prints as "null". */
    static String safe(Object text) {
        String s = String.valueOf(text);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = escape(c);
            if (escaped != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\u001b':
                return "\\e";
            default:
                break;
        }
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'                // line / paragraph separators
                || (c >= '\u202A' && c <= '\u202E')              // bidi embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')              // bidi isolates
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
        return control ? String.format("\\u%04X", (int) c) : null;
    }
}
