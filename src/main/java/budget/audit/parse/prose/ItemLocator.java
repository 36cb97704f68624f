package budget.audit.parse.prose;

import budget.audit.model.Amount;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Unit;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered 功能分类 item paragraphs of the 财政拨款支出主要内容 list:
 * {@code 31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于… 2023年当年预算执行数为348.52万元，
 * 2024年预算安排352.67万元} or {@code 1.“一般公共服务支出”科目12789万元}. The opening figure and every later
 * "预算安排X万元" are statements of the item ({@link FactKeys#EXPENDITURE_ITEM}, label = the quoted name); the
 * "预算执行数为X万元" figure is the previous year's ({@code expenditure.item.previous}). Works on the paragraph text
 * only and claims no mention, so the other locators read these paragraphs as before.
 */
public final class ItemLocator implements Locator {

    private static final String NUMBER = "(-?\\d[\\d,]*(?:\\.\\d+)?)";
    private static final String UNIT = "(亿元|万元|元)";
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*\\d{1,3}\\s*[.．、]\\s*[“\"]([^”\"]{2,80})[”\"](?:科目)?(?:为|预算数为|预算)?\\s*" + NUMBER + "\\s*" + UNIT);
    private static final Pattern RESTATED = Pattern.compile("预算安排(?:为)?\\s*" + NUMBER + "\\s*" + UNIT);
    private static final Pattern PREVIOUS = Pattern.compile("预算执行数(?:为)?\\s*" + NUMBER + "\\s*" + UNIT);

    @Override
    public void locate(ProseContext context, FactSink sink) {
        for (Paragraph p : context.paragraphs()) {
            Matcher m = OPENING.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            String label = m.group(1).trim();
            if (!looksLikeFunctionItem(label)) {
                continue;
            }
            add(sink, context.file(), p, FactKeys.EXPENDITURE_ITEM, label, m, 2);
            String rest = p.text();
            Matcher r = RESTATED.matcher(rest);
            r.region(m.end(), rest.length());
            while (r.find()) {
                add(sink, context.file(), p, FactKeys.EXPENDITURE_ITEM, label, r, 1);
            }
            Matcher prev = PREVIOUS.matcher(rest);
            prev.region(m.end(), rest.length());
            if (prev.find()) {
                add(sink, context.file(), p, FactKeys.previous(FactKeys.EXPENDITURE_ITEM), label, prev, 1);
            }
        }
    }

    /** A 功能分类 name: marked （类）/（款）/（项）, or a 类-level name ending in 支出. */
    static boolean looksLikeFunctionItem(String label) {
        return label.contains("（类）") || label.contains("(类)") || label.endsWith("支出");
    }

    private static void add(FactSink sink, String file, Paragraph p, String key, String label, Matcher m,
                            int group) {
        BigDecimal value = new BigDecimal(m.group(group).replace(",", ""));
        Unit unit = Unit.fromSymbol(m.group(group + 1));
        sink.fact(Fact.prose(key, label, new Amount(value, unit), p.provenance(file, m.start(group))));
    }
}
