package budget.audit.parse.table;

import budget.audit.model.BudgetTable;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a filing says it contains: the numbered entries of its own 目录 or 附表 list ("5． 2025年预算单位一般
 * 公共预算支出功能分类预算表 ……", "附表：1.2023年…财政拨款收支总表"), read before the first table, and which of them
 * were not found.
 */
public final class TableListing {

    /** One listed table: its number in the list and its title as printed. */
    public record Entry(int number, String title, int line) {
    }

    private static final Pattern ENTRY = Pattern.compile(
            "^[-\\s]*(?:附表[:：]\\s*)?(\\d{1,2})\\s*[.．、]\\s*(.{2,80}?表(?:[（(][^）)]{1,30}[）)])?)[\\s…．.·\\d]*$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*(\\d{1,2})$");

    private TableListing() {
    }

    /** The numbered table entries printed before {@code firstTableLine} (all lines when 0). */
    public static List<Entry> listed(SourceDocument doc, int firstTableLine) {
        List<Entry> out = new ArrayList<>();
        for (SourceLine line : doc.lines()) {
            if (firstTableLine > 0 && line.number() >= firstTableLine) {
                break;
            }
            String text = line.text() == null ? "" : line.text().strip();
            if (text.contains("\t")) {
                continue;
            }
            Matcher m = ENTRY.matcher(text);
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                if (out.stream().noneMatch(e -> e.number() == number)) {
                    out.add(new Entry(number, m.group(2).strip(), line.number()));
                }
            }
        }
        return out;
    }

    /** The listed entries none of the tables answers to (by 附件 number, else by title). */
    public static List<Entry> missing(List<Entry> listed, List<BudgetTable> tables) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : listed) {
            if (tables.stream().noneMatch(t -> answers(t, e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** missing(listed(doc, line of the first table), tables). */
    public static List<Entry> missing(SourceDocument doc, List<BudgetTable> tables) {
        int first = tables.stream().filter(t -> t.source() != null).mapToInt(t -> t.source().line()).min().orElse(0);
        return missing(listed(doc, first), tables);
    }

    private static boolean answers(BudgetTable t, Entry e) {
        Matcher m = ATTACHMENT.matcher(t.label().strip());
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) == e.number();
        }
        String found = normalize(t.title()).replaceAll("\\((收入|支出)\\)$", "");
        String listed = normalize(e.title());
        return found.equals(listed) || found.startsWith(listed) || listed.startsWith(found);
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"');
    }
}
