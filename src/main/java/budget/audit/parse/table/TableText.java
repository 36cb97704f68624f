package budget.audit.parse.table;

import budget.audit.model.Unit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes the non-row lines around a table: label, title, subtitle, 单位, other meta lines, notes. */
final class TableText {

    private static final Pattern LABEL =
            Pattern.compile("^((?:部门)?公开表|附件|附表|表)\\s*([0-9一二三四五六七八九十]+(?:[-－][0-9]+)?)\\s*[：:、.．]?\\s*(.*)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•]\\s*)?(?:\\d+[.、．]\\s*)?");
    private static final Pattern TITLE_END = Pattern.compile(".*表\\s*(?:[（(][^）)]*[）)])?\\s*$");
    private static final List<String> TITLE_WORDS = List.of("收支", "收入", "支出", "三公", "政府性基金", "国有资本",
            "绩效", "政府采购", "预算", "经费", "决算", "资产");
    private static final Pattern SUBTITLE = Pattern.compile("^[（(][^（()）]{2,40}[）)]$");
    private static final Pattern UNIT = Pattern.compile("(?:金额)?单位\\s*[：:]\\s*(万元|元|亿元)");
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(](万元|元|亿元)[）)]");
    private static final Pattern META = Pattern.compile("^[^\\t。；;]{1,24}[：:].{0,60}$");
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注)\\s*[：:].*");
    private static final Pattern EMPTY_NOTE = Pattern.compile(".*(空表|本表为空|本表无数据|无数据|本表无|此表无).*");

    private TableText() {
    }

    /** A label line standing alone ("附件3", "表 4："): the label, else null. */
    static String label(String line) {
        Matcher m = LABEL.matcher(line.strip());
        if (m.matches() && m.group(3).isEmpty()) {
            return m.group(1) + m.group(2);
        }
        return null;
    }

    /** A title line: [label-or-"", title], else null. Accepts "附件1：xxx表" and a title followed by empty cells. */
    static String[] title(String line) {
        String text = line.strip();
        if (Cells.hasTab(text)) {
            List<String> cells = Cells.nonEmpty(Cells.split(text));
            if (cells.size() != 1) {
                return null;
            }
            text = cells.get(0);
        }
        String label = "";
        Matcher m = LABEL.matcher(text);
        if (m.matches() && !m.group(3).isEmpty()) {
            label = m.group(1) + m.group(2);
            text = m.group(3).strip();
        }
        text = LIST_MARKER.matcher(text).replaceFirst("").strip();
        if (text.length() < 4 || text.length() > 90 || !TITLE_END.matcher(text).matches()) {
            return null;
        }
        if (text.contains("。") || text.contains("，") || text.contains("；") || text.startsWith("单位")) {
            return null;
        }
        if (TITLE_WORDS.stream().noneMatch(text::contains)) {
            return null;
        }
        return new String[]{label, Cells.joinCjk(text)};
    }

    /** "(部门预算支出经济分类科目)" under a title. */
    static boolean isSubtitle(String line) {
        return SUBTITLE.matcher(line.strip()).matches();
    }

    /** The unit of a "单位：万元" line or cell, else null. */
    static Unit unit(String line) {
        Matcher m = UNIT.matcher(line);
        return m.find() ? Unit.fromSymbol(m.group(1)) : null;
    }

    /** A unit written in a header cell, "总体资金情况(元)", else null. */
    static Unit headerUnit(String cell) {
        Matcher m = HEADER_UNIT.matcher(cell);
        return m.find() ? Unit.fromSymbol(m.group(1)) : null;
    }

    /** A short "key: value" line between title and table (编制部门：…, 单位：元, 预算年度:2023). */
    static boolean isMeta(String line) {
        String t = line.strip();
        if (unit(t) != null) {
            return true;
        }
        if (Cells.hasTab(t)) {
            List<String> cells = Cells.nonEmpty(Cells.split(t));
            return !cells.isEmpty() && cells.stream().allMatch(c -> unit(c) != null || c.startsWith("编制"));
        }
        return META.matcher(t).matches() && !NOTE.matcher(t).matches();
    }

    /** A note under a table ("注：…"). */
    static boolean isNote(String line) {
        return NOTE.matcher(line.strip()).matches() || isEmptyNote(line);
    }

    /** A note that says the table is empty ("空表", "本表无数据"). */
    static boolean isEmptyNote(String line) {
        String t = line.strip();
        return t.length() <= 120 && EMPTY_NOTE.matcher(t).matches()
                && (t.startsWith("注") || t.startsWith("说明") || t.length() <= 30 || t.contains("本表"));
    }

    /** "续表" marker of a table continued on the next page. */
    static boolean isContinuation(String line) {
        String t = line.strip();
        return t.startsWith("续表") && t.length() < 20;
    }
}
