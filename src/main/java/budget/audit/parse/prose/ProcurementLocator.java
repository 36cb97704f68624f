package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

/**
 * 政府采购: the total ("安排政府采购预算5400.4万元", "政府采购预算总额0万元") and 货物 / 工程 / 服务 listed after it in the
 * same sentence, up to a narrower scope ("其中一般公共预算拨款政府采购…") or the sentence end.
 */
public final class ProcurementLocator implements Locator {

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        Mention total = ctx.first(m -> m.isMoney() && isTotal(m.label()) && !sink.claimed(m));
        if (total == null) {
            return;
        }
        sink.value(FactKeys.PROCUREMENT_TOTAL, null, total);
        String text = total.paragraph().text();
        for (Mention m : ctx.figuresIn(total.paragraph())) {
            if (m.start() <= total.start() || sink.claimed(m) || !m.isMoney()) {
                continue;
            }
            if (text.substring(total.end(), m.start()).contains("。")
                    || Headline.containsAny(m.label(), "一般公共预算", "预留", "中小企业") || isTotal(m.label())) {
                break;
            }
            String key = partKey(m.label());
            if (key != null && !sink.has(key)) {
                sink.value(key, null, m);
            }
        }
    }

    private static boolean isTotal(String label) {
        return label.contains("政府采购")
                && !Headline.containsAny(label, "货物", "工程", "服务", "预留", "中小企业", "一般公共预算", "面向", "小型", "微型");
    }

    private static String partKey(String label) {
        if (label.contains("货物")) {
            return FactKeys.PROCUREMENT_GOODS;
        }
        if (label.contains("工程")) {
            return FactKeys.PROCUREMENT_WORKS;
        }
        if (label.contains("服务")) {
            return FactKeys.PROCUREMENT_SERVICES;
        }
        return null;
    }
}
