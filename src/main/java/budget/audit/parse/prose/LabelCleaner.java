package budget.audit.parse.prose;

import java.util.regex.Pattern;

/** Turns the words before a number into a clean name: "其中：“一般公共服务支出”预算" → "一般公共服务支出". */
public final class LabelCleaner {

    private static final Pattern LEADING_MARKER = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]|[①-⑳]|[-—·•*]+)");
    private static final Pattern LEADING_WORD = Pattern.compile(
            "^(其中|主要包括|包括|主要用于|用于|分别为|分别是|含|即|以及|及|和|另有|另)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(本部门|本单位)?\\d{4}年度?");
    private static final Pattern TRAILING_BUDGET = Pattern.compile("(预算数为|预算数|预算为|预算金额|预算安排|预算)$");
    private static final Pattern TRAILING_WORD = Pattern.compile("(科目|安排|共计|为|是)$");
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’《》]");
    private static final String BUDGET_STRIPPABLE_AFTER = "出费入物程务";

    private LabelCleaner() {
    }

    public static String clean(String raw) {
        String s = head(raw);
        String before;
        do {
            before = s;
            s = TRAILING_WORD.matcher(s).replaceFirst("");
            var m = TRAILING_BUDGET.matcher(s);
            if (m.find() && m.start() > 0 && BUDGET_STRIPPABLE_AFTER.indexOf(s.charAt(m.start() - 1)) >= 0) {
                s = s.substring(0, m.start());
            }
        } while (!s.equals(before) && !s.isEmpty());
        return s;
    }

    /** Only the leading part cleaned (markers, 其中, year), the end kept as printed: "其中：部门支出预算". */
    public static String head(String raw) {
        String s = QUOTES.matcher(raw).replaceAll("");
        String before;
        do {
            before = s;
            s = LEADING_MARKER.matcher(s).replaceFirst("");
            s = stripLeadingPunctuation(s);
            s = LEADING_WORD.matcher(s).replaceFirst("");
            s = LEADING_YEAR.matcher(s).replaceFirst("");
        } while (!s.equals(before) && !s.isEmpty());
        return s;
    }

    private static String stripLeadingPunctuation(String s) {
        int i = 0;
        while (i < s.length() && "（）()[]【】 ，,。；;：:、".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }
}
