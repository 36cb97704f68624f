package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

/**
 * 机关运行经费: the total ("机关运行经费预算696.5万元", "一般公共预算财政拨款运行经费47.25万元") and the items listed
 * in the same sentence ("包括办公费34.4万元、印刷费1.8万元……").
 */
public final class JyLocator implements Locator {

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        Mention total = ctx.first(m -> m.isMoney() && m.label().contains("运行经费") && !m.label().contains("公务用车")
                && !sink.claimed(m));
        if (total == null) {
            return;
        }
        sink.value(FactKeys.JY_TOTAL, null, total);
        String text = total.paragraph().text();
        for (Mention m : ctx.figuresIn(total.paragraph())) {
            if (m.start() <= total.start() || sink.claimed(m)) {
                continue;
            }
            if (text.substring(total.end(), m.start()).contains("。") || !m.isMoney()) {
                break;
            }
            if (!m.label().isEmpty()) {
                sink.value(FactKeys.JY_ITEM, m.label(), m);
            }
        }
    }
}
