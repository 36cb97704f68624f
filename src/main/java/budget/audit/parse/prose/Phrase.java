package budget.audit.parse.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core of a label: what it names once the owner and the year in front are removed
 * ("江苏省人大常委会办公厅2019年度收入、支出预算总计" → "收入、支出预算总计", "本部门当年一般公共预算支出" → "一般公共预算支出").
 * Locators bind a figure to a department-level concept only when this core is exactly one of the concept's
 * phrasings, so a sub-item's figure ("因公出国（境）费预算支出", "一般公共预算拨款安排的会议费预算支出") never binds.
 */
final class Phrase {

    private static final String ORG_SUFFIX =
            "(办公厅|办公室|办事处|委员会|常委会|政府|局|委|中心|厅|院|部|馆|所|站|处|队|校|社|团)";
    /**
     * An owner named right before a year may also be an area or a committee ("高新区2024年", "石门县2024年",
     * "产业园区（管委会）2024年"): the year makes it an owner. Without a year these words stay in the label
     * (城乡社区支出 is a function class, not an owner with 支出), and the whole area (全县, 本市) is no owner:
     * its figures are not the department's.
     */
    private static final String AREA_OWNER =
            "(?![全本该])[\\u4e00-\\u9fa5（）()]{2,40}?(区|县|市|镇|乡|旗|会)";
    /** Owner and year: "江苏省人大常委会办公厅2019年度", "省检察院2019年", "2023年", "本部门". */
    private static final Pattern OWNER_YEAR = Pattern.compile(
            "^(([\\u4e00-\\u9fa5（）()]{0,40}?" + ORG_SUFFIX + "|" + AREA_OWNER + ")"
                    + "([（(][\\u4e00-\\u9fa5]{1,10}[）)])?)?\\d{4}年度?");
    private static final Pattern OWNER = Pattern.compile(
            "^(本部门|本单位|我部门|我单位|本局|我局|[\\u4e00-\\u9fa5（）()]{2,40}?" + ORG_SUFFIX
                    + "(（本级）|\\(本级\\))?(?=(本年|当年|年度|部门|收入|支出|财政拨款|一般公共预算|机关运行)))");
    private static final Pattern WHEN = Pattern.compile("^(当年|年度|全年)");
    /** Characters before the words that are no Chinese (stray markup, symbols): they name nothing. */
    private static final Pattern NOT_WORDS = Pattern.compile("^[^\\u4e00-\\u9fa5\\d]+");

    private Phrase() {
    }

    /** The label without leading owner, year and 当年 (markers and quotes removed as {@link LabelCleaner#head}). */
    static String core(String label) {
        String s = LabelCleaner.head(label);
        String before;
        do {
            before = s;
            Matcher junk = NOT_WORDS.matcher(s);
            if (junk.find() && junk.end() < s.length()) {
                s = s.substring(junk.end());
            }
            Matcher y = OWNER_YEAR.matcher(s);
            if (y.find() && y.end() < s.length()) {
                s = s.substring(y.end());
            }
            Matcher o = OWNER.matcher(s);
            if (o.find() && o.end() < s.length()) {
                s = s.substring(o.end());
            }
            Matcher w = WHEN.matcher(s);
            if (w.find() && w.end() < s.length()) {
                s = s.substring(w.end());
            }
        } while (!s.equals(before));
        return s;
    }
}
