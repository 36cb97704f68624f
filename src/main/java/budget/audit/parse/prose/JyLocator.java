package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

/**
 * 机关运行经费: the total ("机关运行经费预算696.5万元", "一般公共预算财政拨款运行经费47.25万元") and the items listed
 * in the same sentence ("包括办公费34.4万元、印刷费1.8万元……").
 */
public final class JyLocator implements Locator {

    /** Whose 机关运行经费: "…等1家行政单位的", "财政拨款的" (no other 费 in it). */
    private static final java.util.regex.Pattern OWNER_OF = java.util.regex.Pattern.compile("^[^费]*的");
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
            "^(安排|一般公共预算|财政拨款|拨款|当年|本年|年度)*(机关)?运行经费(财政拨款|拨款|预算|支出|合计|总额|共计|安排|数|为)*$");

    /**
     * The whole core of the label is the 机关运行经费 ("本部门一般公共预算机关运行经费预算支出", "…的机关运行经费"), not an
     * item of it ("机关运行经费中的办公费") nor 公务用车运行经费.
     */
    static boolean isTotal(String label) {
        String core = OWNER_OF.matcher(Phrase.core(label)).replaceFirst("");
        return TOTAL.matcher(Phrase.core(core)).matches();
    }

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        Mention total = ctx.first(m -> m.isMoney() && isTotal(m.label()) && !sink.claimed(m));
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
