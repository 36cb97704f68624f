package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FilingContent;
import budget.audit.model.SourceLine;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WZ010: every table, attachment or part the document's own list names (目录, "附表：1.… 2.…", "附件：…") is present.
 * Presence is by title (a table whose "附件N" label is missing but whose title is printed is present) or by its
 * label ("附件N" for item N of an 附件/附表 list). A title with a parenthesised subtitle shared with another listed
 * item must be matched with its subtitle. A list group ("五、部门预算表") is present when one of its items is.
 */
public final class Wz010ListedItemsPresent implements Rule {

    public static final String ID = "WZ010";

    static final String ARG_LIST = "list";
    static final String ARG_TITLE = "title";

    private static final Pattern CONTENTS = Pattern.compile("^目录$");
    private static final Pattern ATTACHMENTS = Pattern.compile("^(附表|附件|附件目录|附表目录)[:：](.*)$");
    private static final Pattern ENTRY = Pattern.compile(
            "^[-•·]?\\s*(?:(?<cn>[一二三四五六七八九十]+)、|(?<num>\\d+)[.．、])\\s*(?<title>.+)$");
    private static final Pattern LEADER = Pattern.compile("[…．.·]{3,}\\s*\\d*\\s*$|\\s+\\d+$");
    private static final Pattern SUFFIX = Pattern.compile("^(?<base>.*?)\\((?<sub>[^()]+)\\)$");
    private static final Pattern LABEL = Pattern.compile("^附件(\\d+)$");
    private static final Pattern TABLE_TITLE = Pattern.compile("表(\\(.*\\))?$|报表|公开表|预算表|决算表");

    @Override
    public String id() {
        return ID;
    }

    record Entry(int index, boolean chinese, String number, String title, SourceLine line, List<Entry> children) {
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<SourceLine> lines = filing.document().lines();
        for (int i = 0; i < lines.size(); i++) {
            String t = ProseScan.normalize(ProseScan.text(lines.get(i)));
            Matcher att = ATTACHMENTS.matcher(t);
            boolean contents = CONTENTS.matcher(t).matches();
            if (!contents && !(att.matches() && ENTRY.matcher(att.group(2)).matches())) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            int end = readList(lines, i, contents ? null : att.group(2), entries);
            if (entries.size() < 2) {
                continue;
            }
            check(filing, lines, i, end, entries, contents ? "目录" : att.group(1), context);
            return;
        }
        context.report(Checks.notApplicable(ID, "所列表格与附件", "目录或附表清单", List.of()));
    }

    /** Reads the entries after the list's heading line; returns the index of the last line of the list. */
    private static int readList(List<SourceLine> lines, int start, String firstOnHeading, List<Entry> out) {
        Entry group = null;
        int last = start;
        if (firstOnHeading != null) {
            group = add(firstOnHeading, lines.get(start), out, null);
        }
        for (int i = start + 1; i < lines.size(); i++) {
            String raw = ProseScan.text(lines.get(i));
            if (raw.isBlank()) {
                continue;
            }
            if (raw.indexOf('\t') >= 0) {
                break;
            }
            String t = LEADER.matcher(raw.strip()).replaceAll("");
            if (!ENTRY.matcher(t.strip()).matches()) {
                break;
            }
            Entry e = add(t.strip(), lines.get(i), out, group);
            if (e.chinese()) {
                group = e;
            }
            last = i;
        }
        return last;
    }

    private static Entry add(String text, SourceLine line, List<Entry> out, Entry group) {
        Matcher m = ENTRY.matcher(text);
        m.matches();
        boolean chinese = m.group("cn") != null;
        Entry e = new Entry(out.size(), chinese, chinese ? m.group("cn") : m.group("num"),
                ProseScan.normalize(LEADER.matcher(m.group("title")).replaceAll("")), line, new ArrayList<>());
        if (!chinese && group != null && group.chinese()) {
            group.children().add(e);
        } else {
            out.add(e);
        }
        return e;
    }

    private void check(BudgetFiling filing, List<SourceLine> lines, int listStart, int listEnd, List<Entry> entries,
                       String listName, RuleContext context) {
        List<String> texts = new ArrayList<>();
        List<SourceLine> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i >= listStart && i <= listEnd) {
                continue;
            }
            String raw = ProseScan.text(lines.get(i));
            if (raw.isBlank() || raw.indexOf('\t') >= 0) {
                continue;
            }
            candidates.add(lines.get(i));
            texts.add(ProseScan.normalize(raw));
        }
        List<Entry> flat = new ArrayList<>();
        for (Entry e : entries) {
            flat.add(e);
            flat.addAll(e.children());
        }
        int fails = 0;
        int elsewhere = 0;
        boolean tablesApart = filing.content() == FilingContent.NARRATIVE_ONLY;
        for (Entry e : flat) {
            if (tablesApart && namesTables(e)) {
                // a 情况说明 published apart from its 报表: its list names tables the other file holds
                elsewhere++;
                continue;
            }
            boolean present = e.children().isEmpty()
                    ? present(e, flat, texts, !listName.equals("目录"))
                    : e.children().stream().anyMatch(c -> present(c, flat, texts, false)) || present(e, flat, texts, false);
            if (!present) {
                fails++;
                String shown = listName.equals("目录") ? e.title() : listName + e.number() + " " + e.title();
                context.report(new Check(ID, Outcome.FAIL, shown, null, null, null, null, ID,
                        Checks.args(ARG_LIST, listName, ARG_TITLE, e.title()),
                        List.of(e.line().provenance(filing.fileName()))));
            }
        }
        if (elsewhere > 0) {
            context.report(Checks.notApplicable(ID, "所列表格", Halves.TABLES_ELSEWHERE, List.of()));
        }
        if (fails == 0 && elsewhere < flat.size()) {
            context.report(new Check(ID, Outcome.PASS, "所列表格与附件", null, null, null, null, ID,
                    Checks.args(ARG_LIST, listName, ARG_TITLE, (flat.size() - elsewhere) + "项"), List.of()));
        }
    }

    /** An entry naming a table ("收支预算总表"), or a group of tables ("第二部分 部门预算表"). */
    private static boolean namesTables(Entry e) {
        if (TABLE_TITLE.matcher(e.title()).find()) {
            return true;
        }
        return !e.children().isEmpty() && e.children().stream().allMatch(c -> TABLE_TITLE.matcher(c.title()).find());
    }

    private static boolean present(Entry e, List<Entry> all, List<String> texts, boolean byLabel) {
        if (byLabel) {
            for (String t : texts) {
                Matcher m = LABEL.matcher(t);
                if (m.matches() && m.group(1).equals(e.number())) {
                    return true;
                }
            }
        }
        String title = e.title();
        Matcher suffix = SUFFIX.matcher(title);
        String base = suffix.matches() ? suffix.group("base") : title;
        String sub = suffix.matches() ? suffix.group("sub") : null;
        boolean baseShared = all.stream().filter(o -> o != e)
                .anyMatch(o -> o.title().equals(base) || o.title().startsWith(base + "("));
        for (int i = 0; i < texts.size(); i++) {
            String window = window(texts, i);
            if (texts.get(i).contains(title) || window.startsWith(title) && texts.get(i).length() >= 4) {
                return true;
            }
            if (sub != null && texts.get(i).contains(base) && (window.contains(sub) || !baseShared)) {
                return true;
            }
            String stripped = stripDepartment(title);
            if (stripped != null && texts.get(i).contains(stripped)) {
                return true;
            }
        }
        return false;
    }

    private static String window(List<String> texts, int i) {
        StringBuilder sb = new StringBuilder(texts.get(i));
        for (int k = i + 1; k < Math.min(texts.size(), i + 3); k++) {
            sb.append(texts.get(k));
        }
        return sb.toString();
    }

    /** "部门主要职能" → "主要职能" (the heading names the department instead); null when too short to be safe. */
    private static String stripDepartment(String title) {
        for (String prefix : List.of("本部门", "部门", "单位")) {
            if (title.startsWith(prefix) && title.length() - prefix.length() >= 4) {
                return title.substring(prefix.length());
            }
        }
        return null;
    }
}
