package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 财政拨款收入 / 财政拨款支出 ("2023年财政拨款收入预算17816.9万元", "一般公共预算财政拨款支出2246.51万元").
 * A figure may also be an income source (004: "其中：财政拨款收入…"), so claims by other locators are ignored.
 */
public final class FiscalLocator implements Locator {

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        ctx.figures().filter(Mention::isMoney).forEach(m -> {
            String key = keyOf(m.label());
            if (key != null) {
                sink.value(key, null, m);
            }
        });
    }

    static String keyOf(String label) {
        Matcher m = WHOLE.matcher(Phrase.core(label));
        if (!m.matches()) {
            return null;
        }
        return m.group("side").equals("收入") ? FactKeys.FISCAL_INCOME : FactKeys.FISCAL_EXPENDITURE;
    }

    /**
     * The whole core of the label: 财政拨款 income or spending as a whole ("财政拨款收入预算", "一般公共预算财政拨款支出",
     * "财政拨款预算支出"); a part of it ("财政拨款基本支出", "…安排的会议费支出") is not the whole.
     */
    private static final Pattern WHOLE = Pattern.compile(
            "^(本年|当年)?(一般公共预算)?(当年)?财政拨款(预算)?(?<side>收入|支出)(预算)?(合计|总计|总额)?$");
}
