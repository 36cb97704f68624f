package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

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
        if (!label.contains("财政拨款")
                || Headline.containsAny(label, "政府性基金", "国有资本", "上年", "非同级", "结转", "采购", "三公", "运行经费")) {
            return null;
        }
        if (label.endsWith("收入") || label.endsWith("预算收入") || label.endsWith("收入预算")) {
            return FactKeys.FISCAL_INCOME;
        }
        if (label.endsWith("支出") || label.endsWith("支出预算")) {
            return FactKeys.FISCAL_EXPENDITURE;
        }
        return null;
    }
}
