package budget.audit.parse;

import budget.audit.model.BudgetTable;
import budget.audit.model.FilingContent;
import budget.audit.model.SourceDocument;
import budget.audit.model.TableKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tells which halves of a disclosure a document holds. The 情况说明 is running prose: sentences (lines ending a
 * sentence with "。", or long lines of text) adding up to {@value #MIN_NARRATIVE_CHARS} characters at least. The
 * 报表 are the standard tables: {@value #MIN_TABLE_KINDS} kinds at least, or, when the tables could not be
 * classified, table rows making up most of the text. A short 情况说明 counts too when it stands under its own
 * heading ("第二部分 2023年度部门决算情况说明", not a contents line with its page number) and its sentences add up to
 * {@value #MIN_HEADED_NARRATIVE_CHARS} characters. A document with both, or with neither (too little to tell), is
 * checked as a whole.
 */
public final class FilingContentDetector {

    static final int MIN_NARRATIVE_CHARS = 600;
    static final int MIN_HEADED_NARRATIVE_CHARS = 150;
    static final int MIN_TABLE_KINDS = 3;
    /** A heading naming the 情况说明: short, no sentence or leader dots, ending in the words themselves. */
    private static final java.util.regex.Pattern NARRATIVE_HEADING = java.util.regex.Pattern.compile(
            "^[^。，；…．.·]{0,40}(?:预算|决算)(?:编制)?情况说明$");
    static final int MIN_TABLE_LINES = 40;

    private FilingContentDetector() {
    }

    /** Measures of a document's content. */
    public record Measure(int narrativeChars, int tableLines, int proseLines, int tableKinds,
                          int headedNarrativeChars) {

        public boolean narrative() {
            return narrativeChars >= MIN_NARRATIVE_CHARS || headedNarrativeChars >= MIN_HEADED_NARRATIVE_CHARS;
        }

        public boolean tables() {
            return tableKinds >= MIN_TABLE_KINDS
                    || tableLines >= MIN_TABLE_LINES && tableLines >= 2 * proseLines;
        }
    }

    public static FilingContent detect(SourceDocument doc, List<BudgetTable> tables) {
        Measure m = measure(doc, tables);
        if (m.narrative() && !m.tables()) {
            return FilingContent.NARRATIVE_ONLY;
        }
        if (m.tables() && !m.narrative()) {
            return FilingContent.TABLES_ONLY;
        }
        return FilingContent.COMPLETE;
    }

    public static Measure measure(SourceDocument doc, List<BudgetTable> tables) {
        int narrative = 0;
        int tableLines = 0;
        int proseLines = 0;
        int headed = 0;
        boolean underHeading = false;
        for (var l : doc.lines()) {
            String t = l.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (t.indexOf('\t') >= 0) {
                tableLines++;
                continue;
            }
            proseLines++;
            String c = DocumentKindDetector.compact(t);
            if (NARRATIVE_HEADING.matcher(c).matches()) {
                underHeading = true;
            } else if (c.contains("。") || c.length() >= 30 && cjk(c) >= 20) {
                narrative += c.length();
                headed += underHeading ? c.length() : 0;
            }
        }
        Set<TableKind> kinds = EnumSet.noneOf(TableKind.class);
        for (BudgetTable t : tables) {
            if (t.kind() != null && t.kind().standard()) {
                kinds.add(t.kind());
            }
        }
        return new Measure(narrative, tableLines, proseLines, kinds.size(), headed);
    }

    private static int cjk(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\u4e00' && ch <= '\u9fa5') {
                n++;
            }
        }
        return n;
    }
}
