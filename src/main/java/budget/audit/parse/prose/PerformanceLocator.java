package budget.audit.parse.prose;

import budget.audit.model.FactKeys;
import budget.audit.model.Unit;

import java.util.List;

/**
 * 绩效目标: number of projects under 绩效目标管理 ("实行绩效目标管理的项目8个") and the amount involved
 * ("涉及预算金额3007.6万元", "涉及一般公共预算当年财政拨款1122.09万元"), from the first paragraph about 绩效 that states them.
 */
public final class PerformanceLocator implements Locator {

    /**
     * "本部门整体支出纳入绩效目标管理，涉及财政性资金4651.67万元": the amount of the whole department's spending, not of
     * the projects under 绩效目标管理.
     */
    private static boolean wholeDepartment(Mention m) {
        String text = m.paragraph().text();
        int clause = Math.max(Math.max(text.lastIndexOf('。', m.start()), text.lastIndexOf('；', m.start())),
                text.lastIndexOf(';', m.start())) + 1;
        return text.substring(clause, m.start()).contains("整体支出");
    }

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        for (Paragraph p : ctx.paragraphs()) {
            if (!p.text().contains("绩效")) {
                continue;
            }
            List<Mention> figures = ctx.figuresIn(p).stream().filter(m -> !sink.claimed(m)).toList();
            Mention count = figures.stream()
                    .filter(m -> m.unit() == Unit.ITEM && m.label().contains("项目") && !m.label().contains("以上"))
                    .findFirst().orElse(null);
            Mention amount = figures.stream()
                    .filter(m -> m.isMoney() && m.rawLabel().contains("涉及") && !wholeDepartment(m))
                    .findFirst().orElse(null);
            if (count == null && amount == null) {
                continue;
            }
            if (count != null) {
                sink.value(FactKeys.PERFORMANCE_PROJECT_COUNT, null, count);
            }
            if (amount != null) {
                sink.value(FactKeys.PERFORMANCE_AMOUNT, null, amount);
            }
            return;
        }
    }
}
