package budget.audit.parse.prose;

/**
 * Finds numbers with their unit in a text, left to right, in linear time. It recognises exactly what the pattern
 * {@code (?<![\d.])(?:\d+(?:\.\d+)?|[Xx×*＊?？_□■○…—]+|-+)(万元|亿元|元|辆|个|%)} finds with repeated
 * {@code Matcher.find()}: a number ("12.5万元") or a placeholder run ("XX万元", "--元") directly followed by a unit,
 * not preceded by a digit or a point. The regex backtracks over every start inside a long run of placeholder
 * characters (quadratic: 100,000 "x" did not finish in ten minutes); here a run that fails is skipped whole,
 * since every start inside it ends at the same character.
 */
final class NumberTokenizer {

    /** A number ({@code number} null for a placeholder) and its unit symbol, spanning [start, end). */
    record Token(int start, int end, String number, String unit) {
    }

    private static final String PLACEHOLDER = "Xx×*＊?？_□■○…—";
    private static final String[] UNITS = {"万元", "亿元", "元", "辆", "个", "%"};

    private final String text;
    private int at;

    NumberTokenizer(String text) {
        this.text = text;
    }

    /** The next token, or null at the end of the text. */
    Token next() {
        int n = text.length();
        while (at < n) {
            int i = at;
            char c = text.charAt(i);
            int kind = kindOf(c);
            if (kind == NONE) {
                at = i + 1;
                continue;
            }
            int runEnd = runEnd(i, kind);
            if (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                // no start here; inside a placeholder run the next character may start one
                at = kind == DIGIT ? runEnd : i + 1;
                continue;
            }
            int numberEnd = runEnd;
            if (kind == DIGIT && runEnd + 1 < n && text.charAt(runEnd) == '.' && isDigit(text.charAt(runEnd + 1))) {
                numberEnd = runEnd(runEnd + 1, DIGIT);
            }
            String unit = unitAt(numberEnd);
            if (unit != null) {
                at = numberEnd + unit.length();
                return new Token(i, at, kind == DIGIT ? text.substring(i, numberEnd) : null, unit);
            }
            // every later start inside this run (or number) ends at the same place and fails the same way
            at = numberEnd;
        }
        return null;
    }

    private static final int NONE = 0;
    private static final int DIGIT = 1;
    private static final int PLACEHOLDER_RUN = 2;
    private static final int DASH_RUN = 3;

    private static int kindOf(char c) {
        if (isDigit(c)) {
            return DIGIT;
        }
        if (c == '-') {
            return DASH_RUN;
        }
        return PLACEHOLDER.indexOf(c) >= 0 ? PLACEHOLDER_RUN : NONE;
    }

    private int runEnd(int from, int kind) {
        int k = from;
        while (k < text.length() && kindOf(text.charAt(k)) == kind) {
            k++;
        }
        return k;
    }

    private String unitAt(int i) {
        for (String u : UNITS) {
            if (text.startsWith(u, i)) {
                return u;
            }
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
