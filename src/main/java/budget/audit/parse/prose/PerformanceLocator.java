package budget.audit.parse.prose;

import budget.audit.model.FactKeys;
import budget.audit.model.Unit;

import java.util.List;
import java.util.regex.Pattern;

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

    /** "共计3个一级项目": the count names its projects after the figure. */
    private static final Pattern PROJECTS_AFTER = Pattern.compile("^\\s*个?\\s*(一级|二级)?(预算)?项目");

    /** "涉及一级预算项目15个，预算资金4278万元": the funds stated right after the count, in the same sentence. */
    private static final Pattern FUNDS_LABEL = Pattern.compile("^[，,]?\\s*(涉及|共涉及)?(预算|项目)?(资金|金额)(总额)?(合计)?(为|共)?$");

    private static boolean projectsFollow(Mention m) {
        String text = m.paragraph().text();
        return m.end() <= text.length() && PROJECTS_AFTER.matcher(text.substring(m.end())).find();
    }

    private static Mention fundsAfter(Mention count, List<Mention> figures) {
        int i = figures.indexOf(count);
        if (i < 0 || i + 1 >= figures.size()) {
            return null;
        }
        Mention next = figures.get(i + 1);
        String between = count.paragraph().text().substring(count.end(), next.start());
        return next.isMoney() && !wholeDepartment(next) && !between.matches(".*[。；;].*")
                && FUNDS_LABEL.matcher(between.replaceAll("\\s", "").replaceFirst("^个?((一级|二级)?(预算)?项目)?", "")).find()
                ? next : null;
    }

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        for (Paragraph p : ctx.paragraphs()) {
            if (!p.text().contains("绩效")) {
                continue;
            }
            List<Mention> figures = ctx.figuresIn(p).stream().filter(m -> !sink.claimed(m)).toList();
            Mention count = figures.stream()
                    .filter(m -> m.unit() == Unit.ITEM && !m.label().contains("以上")
                            && (m.label().contains("项目") || projectsFollow(m)))
                    .findFirst().orElse(null);
            Mention amount = figures.stream()
                    .filter(m -> m.isMoney() && m.rawLabel().contains("涉及") && !wholeDepartment(m))
                    .findFirst().orElse(null);
            if (amount == null && count != null) {
                amount = fundsAfter(count, figures);
            }
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
