package budget.audit.parse.prose;

import budget.audit.model.Provenance;
import budget.audit.model.SourceLine;

import java.util.List;

/**
 * Prose lines joined into one paragraph (sentences broken across lines and blank lines rejoined, spaces between
 * Chinese text and numbers removed), with the source line of every character so each fact keeps its line.
 */
public final class Paragraph {

    private final int index;
    private final String text;
    private final SourceLine[] lineOf;
    private final String section;
    private int headFrom = -1;
    private int headTo = -1;
    private String headText;

    Paragraph(int index, String text, SourceLine[] lineOf, String section) {
        this.index = index;
        this.text = text;
        this.lineOf = lineOf;
        this.section = section;
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    /** The top-level heading ("五、关于一般公共预算支出情况表的说明") this paragraph belongs to, or "". */
    public String section() {
        return section;
    }

    /** {@link LabelCleaner#head} of the text in [from, to); the last answer is kept (many figures share a head). */
    synchronized String headBetween(int from, int to) {
        if (from != headFrom || to != headTo) {
            headText = LabelCleaner.head(text.substring(from, to));
            headFrom = from;
            headTo = to;
        }
        return headText;
    }

    public SourceLine lineAt(int offset) {
        return lineOf[Math.max(0, Math.min(offset, lineOf.length - 1))];
    }

    /** Where the character at {@code offset} was read, quoting its original line. */
    public Provenance provenance(String file, int offset) {
        SourceLine line = lineAt(offset);
        return line.provenance(file);
    }

    public List<SourceLine> lines() {
        return java.util.Arrays.stream(lineOf).distinct().toList();
    }

    @Override
    public String toString() {
        return "¶" + index + "[" + lineAt(0).number() + "] " + text;
    }
}
