package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.SourceLine;
import budget.audit.parse.prose.Mention;
import budget.audit.parse.prose.MentionScanner;
import budget.audit.parse.prose.Paragraph;
import budget.audit.parse.prose.ProseText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The prose of a filing re-read for the rules that look at wording (percentages, years, placeholders, sections). */
final class ProseScan {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ProseScan() {
    }

    static List<Paragraph> paragraphs(BudgetFiling filing) {
        return ProseText.of(filing.document().lines()).paragraphs();
    }

    /** Every paragraph with its mentions. */
    static List<Scanned> scan(BudgetFiling filing) {
        MentionScanner scanner = new MentionScanner(filing.year());
        List<Scanned> out = new ArrayList<>();
        for (Paragraph p : paragraphs(filing)) {
            out.add(new Scanned(p, scanner.scan(p)));
        }
        return out;
    }

    /** All prose text (no table rows) joined, whitespace removed. */
    static String proseText(BudgetFiling filing) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs(filing)) {
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    /** Comparable form of a title: no whitespace, half-width brackets, plain quotes, no list dashes. */
    static String normalize(String s) {
        String t = SPACES.matcher(s == null ? "" : s).replaceAll("");
        return t.replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
                .replace('《', ' ').replace('》', ' ').replace(" ", "").replace('：', ':');
    }

    static String text(SourceLine line) {
        return line.text() == null ? "" : line.text();
    }

    record Scanned(Paragraph paragraph, List<Mention> mentions) {
    }
}
