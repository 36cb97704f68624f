package budget.audit.parse.table;

import budget.audit.model.Amount;
import budget.audit.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cell-level text helpers: splitting a TAB line, reading an amount, recognizing codes. */
final class Cells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-−]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-−]?\\d{1,3}([,，]\\d{3})+(\\.\\d+)?");
    /**
     * A classification code in any printed form: 201, 20101, 2010101, [201], 【2010101】, 201 01 01, 201-01-01.
     * Groups: opening bracket, 类, 款, 项, closing bracket.
     */
    private static final String CODE_FORM =
            "([\\[【［]?)(\\d{3})(?:[ \\-－]?(\\d{2}))?(?:[ \\-－]?(\\d{2}))?([\\]】］]?)";
    private static final Pattern CODE = Pattern.compile(CODE_FORM);
    private static final Pattern CODE_AND_NAME =
            Pattern.compile(CODE_FORM + "(?:\\s*[-－—:：]\\s*|\\s+|(?<=[\\]】］])\\s*|(?=[\\p{IsHan}（(]))([^\\d\\s].*)");
    private static final Pattern SPLIT_CODE_PART = Pattern.compile("\\d{2,3}");
    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile("(?<=[\\p{IsHan}（）()、])\\s+(?=[\\p{IsHan}（）()、])");

    private Cells() {
    }

    /** Cells of a line, trimmed; a line without TAB is one cell. */
    static List<String> split(String text) {
        String[] parts = text.split("\t", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(p.strip());
        }
        return out;
    }

    static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    static boolean hasTab(String text) {
        return text.indexOf('\t') >= 0;
    }

    /** Non-empty cells in order. */
    static List<String> nonEmpty(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    /** A blank or dash cell: no figure (never 0). */
    static boolean isNoFigure(String cell) {
        String c = cell.strip();
        return c.isEmpty() || c.chars().allMatch(ch -> ch == '-' || ch == '—' || ch == '－' || ch == '–' || ch == '/');
    }

    /** True when the cell is a number (with or without thousands separators). */
    static boolean isNumber(String cell) {
        String c = cell.strip();
        return PLAIN_NUMBER.matcher(c).matches() || GROUPED_NUMBER.matcher(c).matches();
    }

    /** The amount of a cell, or null when blank, a dash or not a number. */
    static Amount amount(String cell, Unit unit) {
        String c = cell.strip();
        if (!isNumber(c)) {
            return null;
        }
        c = c.replace(",", "").replace("，", "").replace('−', '-');
        return new Amount(new BigDecimal(c), unit);
    }

    /** A 3/5/7-digit classification code, in any printed form ({@link #code}). */
    static boolean isCode(String cell) {
        return code(cell) != null;
    }

    /** The digits of a classification code printed as a whole cell ("[2010101]", "201 01 01" → "2010101"), or null. */
    static String code(String cell) {
        var m = CODE.matcher(cell.strip());
        return m.matches() ? digits(m) : null;
    }

    private static String digits(java.util.regex.Matcher m) {
        if (m.group(1).isEmpty() != m.group(5).isEmpty()) {
            return null; // unbalanced bracket
        }
        return m.group(2) + (m.group(3) == null ? "" : m.group(3)) + (m.group(4) == null ? "" : m.group(4));
    }

    /** A part of a code split over 类/款/项 columns ("201", "03", "01"). */
    static boolean isSplitCodePart(String cell) {
        return SPLIT_CODE_PART.matcher(cell).matches();
    }

    /** "2010301 行政运行", "[201]一般公共服务支出", "2010801-行政运行" in one cell: [code digits, name], else null. */
    static String[] codeAndName(String cell) {
        var m = CODE_AND_NAME.matcher(cell.strip());
        if (!m.matches()) {
            return null;
        }
        String code = digits(m);
        return code == null ? null : new String[]{code, m.group(6).strip()};
    }

    /** Removes spaces a line wrap left between Chinese characters: "相关机 构事务" → "相关机构事务". */
    static String joinCjk(String text) {
        return SPACE_BETWEEN_CJK.matcher(text.strip()).replaceAll("");
    }

    /** Joins two parts of a wrapped name. */
    static String joinWrapped(String head, String tail) {
        if (head.isEmpty()) {
            return tail;
        }
        if (tail.isEmpty()) {
            return head;
        }
        return joinCjk(head + " " + tail);
    }
}
