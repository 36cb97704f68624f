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

/**
 * The prose of a filing re-read for the rules that look at wording (percentages, years, placeholders, sections).
 * A dozen rules ask for it per filing, so the last filing's reading is kept per thread (rules of one filing run on
 * one thread; the results are immutable).
 */
final class ProseScan {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Reading> LAST = new ThreadLocal<>();

    private ProseScan() {
    }

    /** One filing's prose, read once: paragraphs, then (on demand) mentions and the joined text. */
    private static final class Reading {
        final BudgetFiling filing;
        final List<Paragraph> paragraphs;
        List<Scanned> scanned;
        String text;

        Reading(BudgetFiling filing) {
            this.filing = filing;
            this.paragraphs = ProseText.of(filing.document().lines()).paragraphs();
        }
    }

    private static Reading reading(BudgetFiling filing) {
        Reading r = LAST.get();
        if (r == null || r.filing != filing) {
            r = new Reading(filing);
            LAST.set(r);
        }
        return r;
    }

    static List<Paragraph> paragraphs(BudgetFiling filing) {
        return reading(filing).paragraphs;
    }

    /** Every paragraph with its mentions. */
    static List<Scanned> scan(BudgetFiling filing) {
        Reading r = reading(filing);
        if (r.scanned == null) {
            MentionScanner scanner = new MentionScanner(filing.year());
            List<Scanned> out = new ArrayList<>();
            for (Paragraph p : r.paragraphs) {
                out.add(new Scanned(p, scanner.scan(p)));
            }
            r.scanned = List.copyOf(out);
        }
        return r.scanned;
    }

    /** All prose text (no table rows) joined by newlines. */
    static String proseText(BudgetFiling filing) {
        Reading r = reading(filing);
        if (r.text == null) {
            StringBuilder sb = new StringBuilder();
            for (Paragraph p : r.paragraphs) {
                sb.append(p.text()).append('\n');
            }
            r.text = sb.toString();
        }
        return r.text;
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
