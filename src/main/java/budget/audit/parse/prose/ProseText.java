package budget.audit.parse.prose;

import budget.audit.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a filing as paragraphs. Table rows (lines containing TAB) are skipped and end a paragraph.
 * A line continues the previous one when that one was cut mid-sentence (it ends with a comma, colon or no
 * punctuation at all while being long, as text extracted from PDF does), even across blank lines.
 */
public final class ProseText {

    private static final Pattern HEADING_MARKER =
            Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|\\d+[、.．](?!\\d))");
    private static final Pattern TOP_LEVEL_HEADING = Pattern.compile("^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)");
    private static final Pattern AMOUNT = Pattern.compile("\\d(万元|亿元|元)");
    /** A line opening with an amount or a unit ("16474.82万元，…", "万元，增长…") finishes the line before it. */
    private static final Pattern CONTINUED_AMOUNT =
            Pattern.compile("^(\\d[\\d,]*(\\.\\d+)?(万元|亿元|元|%)|万元|亿元|%)[，,。；;、）)]");
    private static final String SENTENCE_END = "。！？；;!?";
    private static final String CONTINUATION = "，,、：:（(“\"";
    /** Lines at least this long that end without punctuation were cut by the page width. */
    private static final int WRAPPED_LINE_LENGTH = 30;
    private static final int MAX_HEADING_LENGTH = 40;
    /** Narrow pages: a full line has at least this many characters. */
    private static final int MIN_FULL_LINE = 20;

    private final List<Paragraph> paragraphs;

    private ProseText(List<Paragraph> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public static ProseText of(List<SourceLine> lines) {
        Builder b = new Builder(wrapWidth(lines));
        for (SourceLine line : lines) {
            String raw = line.text() == null ? "" : line.text();
            if (raw.indexOf('\t') >= 0) {
                b.flush();
                continue;
            }
            String compact = compact(raw); // SourceLine.text() is already normalized (Ingest does it for every format)
            if (compact.isEmpty()) {
                continue;
            }
            if (!b.continues(compact)) {
                b.flush();
            }
            b.append(compact, line);
        }
        b.flush();
        return new ProseText(b.paragraphs);
    }

    /**
     * The length from which a line without final punctuation counts as cut by the page width: 30 characters, or
     * less on narrow pages (when most full-width prose lines are shorter, the usual full width minus 3).
     */
    static int wrapWidth(List<SourceLine> lines) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (SourceLine line : lines) {
            String raw = line.text() == null ? "" : line.text();
            if (raw.indexOf('\t') >= 0) {
                continue;
            }
            int n = compact(raw).length();
            if (n >= MIN_FULL_LINE && n <= WRAPPED_LINE_LENGTH + 20) {
                counts.merge(n, 1, Integer::sum);
            }
        }
        int mode = counts.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).orElse(WRAPPED_LINE_LENGTH + 3);
        return Math.max(MIN_FULL_LINE, Math.min(WRAPPED_LINE_LENGTH, mode - 3));
    }

    /** Removes whitespace, except a single space between two ASCII letters/digits. */
    static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                continue;
            }
            int j = i;
            while (j + 1 < s.length() && Character.isWhitespace(s.charAt(j + 1))) {
                j++;
            }
            if (!out.isEmpty() && j + 1 < s.length()
                    && isAsciiWord(out.charAt(out.length() - 1)) && isAsciiWord(s.charAt(j + 1))) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean isHeading(String text) {
        return HEADING_MARKER.matcher(text).find() && text.length() <= MAX_HEADING_LENGTH
                && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0 && !AMOUNT.matcher(text).find();
    }

    private static final class Builder {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<SourceLine> owners = new ArrayList<>();
        private String lastLine = "";
        private String section = "";
        private final int wrapWidth;

        Builder(int wrapWidth) {
            this.wrapWidth = wrapWidth;
        }

        boolean continues(String next) {
            if (text.isEmpty()) {
                return true;
            }
            if (HEADING_MARKER.matcher(next).find() || isHeading(lastLine)) {
                return false;
            }
            if (CONTINUED_AMOUNT.matcher(next).find()) {
                return true;
            }
            char last = lastLine.charAt(lastLine.length() - 1);
            if (SENTENCE_END.indexOf(last) >= 0) {
                return false;
            }
            return CONTINUATION.indexOf(last) >= 0 || lastLine.length() >= wrapWidth;
        }

        void append(String compact, SourceLine line) {
            text.append(compact);
            for (int i = 0; i < compact.length(); i++) {
                owners.add(line);
            }
            lastLine = compact;
        }

        void flush() {
            if (text.isEmpty()) {
                return;
            }
            String t = text.toString();
            if (isHeading(t) && TOP_LEVEL_HEADING.matcher(t).find()) {
                section = t;
            }
            paragraphs.add(new Paragraph(paragraphs.size(), t, owners.toArray(new SourceLine[0]), section));
            text.setLength(0);
            owners.clear();
            lastLine = "";
        }
    }
}
