package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

import java.util.List;

/**
 * “三公”经费: the total ("“三公”经费安排9.8万元", "“三公”经费预算数为0.6万元") and its parts, read from the total's
 * paragraph and the following paragraphs as long as each still names a part (so a 公务接待费 in a later
 * 机关运行经费 list is not taken for the “三公” one).
 */
public final class SanGongLocator implements Locator {

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        Mention total = ctx.first(m -> m.isMoney() && isTotal(m.label()) && !sink.claimed(m));
        if (total == null) {
            return;
        }
        sink.value(FactKeys.SANGONG_TOTAL, null, total);
        List<Paragraph> paragraphs = ctx.paragraphs();
        for (int i = total.paragraph().index(); i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            List<Mention> parts = ctx.figuresIn(p).stream()
                    .filter(m -> m.start() > total.start() || m.paragraph() != total.paragraph())
                    .filter(m -> m.isMoney() && partKey(m.label()) != null && !sink.claimed(m))
                    .toList();
            if (parts.isEmpty() && p != total.paragraph()) {
                break;
            }
            for (Mention m : parts) {
                String key = partKey(m.label());
                if (!sink.has(key)) {
                    sink.value(key, null, m);
                }
            }
        }
    }

    /**
     * The whole core of the label is the “三公” total ("三公经费", "一般公共预算拨款安排的三公经费支出", "财政拨款三公经费",
     * "单位预算全口径安排三公经费支出预算"),
     * not a part named after it ("三公经费中的公务接待费") nor another quantity ("三公经费、会议费、培训费合计").
     */
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
            "^(一般公共预算|财政拨款|拨款|安排的?|当年|本年|年度|部门|单位|预算|全口径)*三公经费(财政拨款|拨款|预算|支出|合计|总额|共计|安排|数|为|总计)*$");

    static boolean isTotal(String label) {
        return TOTAL.matcher(Phrase.core(label).replaceAll("[“”\"]", "")).matches();
    }

    static String partKey(String label) {
        if (label.contains("三公")) {
            return null;
        }
        if (label.contains("购置及运行")) {
            return FactKeys.SANGONG_VEHICLE;
        }
        if (label.contains("公务用车购置")) {
            return FactKeys.SANGONG_VEHICLE_PURCHASE;
        }
        if (label.contains("公务用车运行")) {
            return FactKeys.SANGONG_VEHICLE_OPERATION;
        }
        if (label.contains("因公出国")) {
            return FactKeys.SANGONG_ABROAD;
        }
        if (label.contains("公务接待")) {
            return FactKeys.SANGONG_RECEPTION;
        }
        return null;
    }
}
