package budget.audit.ingest.text;

/**
 * Normalizes one line of extracted text, whatever the input format: full-width digits and letters become ASCII,
 * full-width ％ becomes %, full-width ．：－ become ASCII where they belong to a number, thousands separators inside
 * numbers are dropped ("4,862.7" and "4，862.7" become "4862.7"), and odd spaces (no-break, ideographic, thin ...)
 * become a normal space. Chinese punctuation of prose (（）“”、，。：) is kept, and TAB (the table cell separator) is
 * never touched. Total: accepts any string (null gives ""), never throws, and is idempotent.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String line) {
        if (line == null || line.isEmpty()) {
            return "";
        }
        String widthFolded = foldWidthAndSpaces(line);
        return dropThousandsSeparators(widthFolded);
    }

    private static String foldWidthAndSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                out.append((char) ('A' + (c - 'Ａ')));
            } else if (c >= 'ａ' && c <= 'ｚ') {
                out.append((char) ('a' + (c - 'ａ')));
            } else if (c == '％') {
                out.append('%');
            } else if (c == '．' && isDigit(previousFolded(out)) && isDigitOrFullWidthDigit(charAt(s, i + 1))) {
                out.append('.');
            } else if (c == '：' && isDigit(previousFolded(out)) && isDigitOrFullWidthDigit(charAt(s, i + 1))) {
                out.append(':');
            } else if (c == '－' && isDigitOrFullWidthDigit(charAt(s, i + 1))) {
                out.append('-');
            } else if (c == '\t') {
                out.append(c);
            } else if (c >= 0x2E80 && c <= 0x2FDF) {
                out.append(CjkRadicals.toIdeograph(c));
            } else if (isZeroWidth(c)) {
                // dropped: zero-width space / joiner / BOM carry no text
            } else if (isOddSpace(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Drops a comma (ASCII or full-width) that sits between a digit and exactly three digits followed by a
     * non-digit (or a decimal point, or the end): "2,246.51" → "2246.51", but "收入100万元，支出50万元" keeps its comma.
     */
    private static String dropThousandsSeparators(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('，') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ',' || c == '，') && isThousandsSeparator(s, i)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isThousandsSeparator(String s, int comma) {
        if (comma == 0 || !isDigit(s.charAt(comma - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (!isDigit(charAt(s, comma + k))) {
                return false;
            }
        }
        char after = charAt(s, comma + 4);
        if (isDigit(after)) {
            return false;
        }
        // the digits before the comma must not be the fraction of a decimal number ("1.5,000")
        int j = comma - 1;
        while (j >= 0 && isDigit(s.charAt(j))) {
            j--;
        }
        return j < 0 || s.charAt(j) != '.';
    }

    private static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }

    private static char previousFolded(StringBuilder out) {
        return out.isEmpty() ? '\0' : out.charAt(out.length() - 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrFullWidthDigit(char c) {
        return isDigit(c) || (c >= '０' && c <= '９');
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u205F' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A');
    }
}
