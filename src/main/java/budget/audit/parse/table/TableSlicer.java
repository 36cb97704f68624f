package budget.audit.parse.table;

import budget.audit.model.SourceLine;
import budget.audit.model.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a document's lines into tables: finds each title (with an optional "附件N" label line before it) that is
 * followed by TAB rows, reads the 单位 and subtitle lines under it, separates header rows from data rows, drops
 * headers repeated after a page break and picks up the note under the table.
 */
final class TableSlicer {

    private static final int LOOKAHEAD = 8;
    private static final Pattern BARE_TOTAL = Pattern.compile("[合总]\\s*计");
    private static final Pattern FRAGMENT = Pattern.compile("^(?=.*\\p{IsHan})[\\p{IsHan}（）()、·\\d]{1,14}$");
    private static final Pattern ORG_META =
            Pattern.compile("^(?:编制|预算|主管)?(?:部门|单位)(?:名称)?\\s*[：:]");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final List<SourceLine> lines;

    TableSlicer(List<SourceLine> lines) {
        this.lines = lines;
    }

    List<RawTable> slice() {
        List<RawTable> tables = new ArrayList<>();
        String pendingLabel = "";
        int i = 0;
        while (i < lines.size()) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                i++;
                continue;
            }
            String label = TableText.label(text);
            if (label != null) {
                pendingLabel = label;
                i++;
                continue;
            }
            String[] title = TableText.title(text);
            if (title != null && tableFollows(i)) {
                String lbl = title[0].isEmpty() ? pendingLabel : title[0];
                int end = collect(i, lbl, title[1], tables);
                pendingLabel = "";
                i = end;
                continue;
            }
            pendingLabel = "";
            i++;
        }
        return mergeContinued(tables);
    }

    /**
     * A table printed over several pages, each page repeating title (and label) and header: consecutive pieces with
     * the same label and title whose header repeats the first piece's header (or is absent) are one table.
     */
    static List<RawTable> mergeContinued(List<RawTable> pieces) {
        List<RawTable> out = new ArrayList<>();
        for (RawTable t : pieces) {
            RawTable prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.label().equals(t.label()) && prev.title().equals(t.title())
                    && (t.header().isEmpty() || headerKeys(t).equals(headerKeys(prev)))
                    && prev.note() == null && !t.body().isEmpty()) {
                List<SourceLine> body = new ArrayList<>(prev.body());
                body.addAll(t.body());
                out.set(out.size() - 1, new RawTable(prev.label(), prev.title(), prev.titleLine(),
                        prev.unit() != null ? prev.unit() : t.unit(), prev.header(), body, t.note()));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static List<String> headerKeys(RawTable t) {
        return t.header().stream().map(l -> key(Cells.split(l.text()))).toList();
    }

    /** True when TAB rows (or an empty-table note) follow the title after blank, subtitle and meta lines. */
    private boolean tableFollows(int titleIndex) {
        int seen = 0;
        boolean metaOpen = false;
        for (int j = titleIndex + 1; j < lines.size() && seen < LOOKAHEAD; j++) {
            String t = lines.get(j).text();
            if (t.isBlank()) {
                continue;
            }
            seen++;
            if (!Cells.hasTab(t) && TableText.title(t) != null && TableText.label(t) == null) {
                return false; // another title: the first was a line of a table list
            }
            if (TableText.isSubtitle(t) || TableText.isMeta(t) || TableText.label(t) != null
                    || metaGoesOn(metaOpen, lines.get(j - 1).text(), t)) {
                metaOpen = isOpenMeta(t);
                continue;
            }
            if (Cells.hasTab(t)) {
                return TableText.title(t) == null;
            }
            return TableText.isEmptyNote(t);
        }
        return false;
    }

    /** Collects one table starting at its title line; returns the index after it. */
    private int collect(int titleIndex, String label, String title, List<RawTable> out) {
        SourceLine titleLine = lines.get(titleIndex);
        StringBuilder fullTitle = new StringBuilder(title);
        Unit unit = null;
        int j = titleIndex + 1;
        // preamble: subtitle, 单位, 编制部门 (its value maybe on the next line), a label printed under the title ...
        boolean metaOpen = false;
        for (; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (t.isBlank()) {
                continue;
            }
            if (TableText.isSubtitle(t)) {
                fullTitle.append(t.strip());
            } else if (TableText.isMeta(t)) {
                Unit u = TableText.unit(t);
                unit = u != null ? u : unit;
            } else if (TableText.label(t) != null) {
                label = label.isEmpty() ? TableText.label(t) : label;
            } else if (!metaGoesOn(metaOpen, lines.get(j - 1).text(), t)) {
                break;
            }
            metaOpen = isOpenMeta(t);
        }
        String currentTitle = fullTitle.toString();
        List<SourceLine> header = new ArrayList<>();
        List<SourceLine> body = new ArrayList<>();
        Set<String> headerKeys = new HashSet<>();
        String note = null;
        boolean inBody = false;
        for (; j < lines.size(); j++) {
            SourceLine line = lines.get(j);
            String t = line.text();
            if (t.isBlank()) {
                continue;
            }
            String[] otherTitle = TableText.title(t);
            if (otherTitle != null) {
                int skip = repeatedTitle(j, otherTitle[1], currentTitle);
                if (skip > 0) {
                    j = skip;
                    continue;
                }
                break;
            }
            if (Cells.hasTab(t)) {
                List<String> cells = Cells.split(t);
                List<String> filled = Cells.nonEmpty(cells);
                if (filled.isEmpty() || TableText.isMeta(t)) {
                    continue;
                }
                if (filled.size() == 1 && TableText.isEmptyNote(filled.get(0))) {
                    note = append(note, filled.get(0));
                    continue;
                }
                if (isColumnNumberRow(filled)) {
                    continue;
                }
                if (!inBody && !isDataLike(filled)) {
                    header.add(line);
                    headerKeys.add(key(cells));
                    continue;
                }
                if (inBody && headerKeys.contains(key(cells))) {
                    continue;
                }
                inBody = true;
                body.add(line);
                continue;
            }
            // a line without TAB
            if (TableText.label(t) != null) {
                break;
            }
            if (!header.isEmpty() && BARE_TOTAL.matcher(t.strip()).matches()) {
                // the total row of an empty table from a web page or workbook, which drop the empty cells after the
                // last filled one: a row as in the text filing, so the note under it stays the table's
                inBody = true;
                body.add(line);
                continue;
            }
            if (inBody && line.page() != null && !line.page().equals(body.get(body.size() - 1).page())
                    && TableText.title(t) == null
                    && nextIsRow(j) && nextRowIsData(j)) {
                continue; // a running page header (or footer) between the rows of a table going on over the page
            }
            if (TableText.isNote(t)) {
                note = append(note, t.strip());
                j++;
                break;
            }
            if (TableText.unit(t) != null || TableText.isContinuation(t) || TableText.isSubtitle(t) && !inBody) {
                continue;
            }
            if (inBody && FRAGMENT.matcher(t.strip()).matches() && !TableText.isSubtitle(t)
                    && (startsWithCode(body.get(body.size() - 1)) || nextIsRow(j))) {
                body.add(line);
                continue;
            }
            break;
        }
        out.add(new RawTable(label, fullTitle.toString(), titleLine, unit, header, body, note));
        return j;
    }

    /**
     * A title met inside a table: when it (with the subtitle under it) repeats the current table's title, the table
     * goes on after a page break; returns the index of the last line to skip, else -1 (a new table starts).
     */
    private int repeatedTitle(int at, String title, String currentTitle) {
        StringBuilder full = new StringBuilder(title);
        int last = at;
        for (int k = at + 1; k < lines.size(); k++) {
            String t = lines.get(k).text();
            if (t.isBlank()) {
                continue;
            }
            if (TableText.isSubtitle(t)) {
                full.append(t.strip());
                last = k;
            }
            break;
        }
        return full.toString().equals(currentTitle) ? last : -1;
    }

    private static boolean startsWithCode(SourceLine line) {
        List<String> filled = Cells.nonEmpty(Cells.split(line.text()));
        return !filled.isEmpty() && (Cells.isCode(filled.get(0)) || Cells.codeAndName(filled.get(0)) != null);
    }

    private boolean nextIsRow(int at) {
        for (int k = at + 1; k < lines.size(); k++) {
            String t = lines.get(k).text();
            if (!t.isBlank()) {
                return Cells.hasTab(t) && TableText.title(t) == null;
            }
        }
        return false;
    }

    /**
     * The value of a meta line going on on the next line: "部门：" / "江苏省人大常委会办公厅", or a wrapped value
     * "部门名称：江苏省高级人民法" / "院".
     */
    private static boolean metaGoesOn(boolean open, String previous, String t) {
        if (Cells.hasTab(t) || TableText.title(t) != null) {
            return false;
        }
        String s = t.strip();
        if (!ORG_META.matcher(previous.strip()).lookingAt()) {
            return false;
        }
        return open && s.length() <= 40 || s.length() <= 4 && s.matches("\\p{IsHan}+[）)]?");
    }

    /** "部门：" with its value on the next line. */
    private static boolean isOpenMeta(String t) {
        String s = t.strip();
        return TableText.isMeta(s) && (s.endsWith("：") || s.endsWith(":"));
    }

    private boolean nextRowIsData(int at) {
        for (int k = at + 1; k < lines.size(); k++) {
            String t = lines.get(k).text();
            if (!t.isBlank()) {
                List<String> filled = Cells.nonEmpty(Cells.split(t));
                return !filled.isEmpty() && isDataLike(filled);
            }
        }
        return false;
    }

    private static String append(String note, String text) {
        return note == null ? text : note + " " + text;
    }

    /**
     * A row numbering the columns ("栏次 1 2 3", "** 1 2 3", "甲 乙 1 2"): every cell a mark or a column number, the
     * numbers counting up from 1 by one. Neither header nor data.
     */
    static boolean isColumnNumberRow(List<String> filled) {
        int expected = 1;
        int numbers = 0;
        boolean mark = false;
        for (String c : filled) {
            if (!ColumnNames.isColumnNumberMark(c)) {
                return false;
            }
            String lead = c.replaceAll("^(\\d+).*$", "$1");
            if (lead.chars().allMatch(Character::isDigit) && !lead.isEmpty()) {
                if (Integer.parseInt(lead) != expected) {
                    return false;
                }
                expected++;
                numbers++;
            } else {
                mark = true;
            }
        }
        return numbers >= 2 || mark && numbers >= 1 || mark && filled.size() >= 2;
    }

    /** A data row: a figure, a code followed by a name, or a total row with nothing but figures. */
    static boolean isDataLike(List<String> filled) {
        String first = filled.get(0);
        for (String c : filled) {
            if (Cells.isNumber(c) && !YEAR.matcher(c).matches()) {
                return true;
            }
        }
        if (Cells.isCode(first) || Cells.codeAndName(first) != null) {
            return true;
        }
        String plain = first.replace(" ", "");
        boolean total = plain.equals("合计") || plain.equals("总计");
        return total && filled.stream().skip(1).allMatch(c -> Cells.isNumber(c) || Cells.isNoFigure(c));
    }

    /** Row identity for spotting a repeated header: the cells without trailing empties. */
    private static String key(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return String.join("\t", cells.subList(0, end));
    }
}
