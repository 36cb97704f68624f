package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JS010: where a 决算's prose sets a 决算数 against its 年初预算数 ("年初预算为A万元，支出决算为B万元…") and they differ
 * by more than a share of the budget (rule parameter {@value #SHARE_PARAM}, percent, default 10), the reason is
 * given right after it (财政部 决算公开 templates: "决算数大于/小于预算数的主要原因是…"). A budget of zero with spending
 * is a difference. Only sentences naming the 年初预算 are read (not 全年预算数 / 执行数 of a 绩效自评).
 */
public final class Js010VarianceExplained implements FinalAccountsRule {

    public static final String ID = "JS010";

    /** Rule parameter: the difference, in percent of the 年初预算数, above which a reason is required. */
    public static final String SHARE_PARAM = "share";

    static final String ARG_BUDGET = "budget";
    static final String ARG_ACTUAL = "actual";
    static final String ARG_RATE = "rate";
    static final String ARG_SHARE = "share";
    static final String ARG_SENTENCE = "sentence";

    private static final String N = FinalProse.NUMBER;
    private static final String U = "(万元|元|亿元)";
    private static final String BUDGET_FIGURE = "年初预算(?:数)?(?:为|是)" + N + U;
    private static final Pattern PAIR = Pattern.compile(BUDGET_FIGURE
            + "[^。；%]{0,40}?(?:支出)?决算(?:数)?(?:为|是)" + N + U);
    /**
     * Every 年初 figure before the 决算 figure is a candidate base ("合计年初预算为A，其中某项年初预算为C，支出决算为B";
     * "年初预算为A（其中基本支出年初预算为C）"): where they disagree on whether the difference is large, not checked.
     */
    private static final Pattern BUDGET = Pattern.compile(BUDGET_FIGURE);
    /** Where the reason starts: "主要原因是…", "主要是…", "因为…", "由于…". */
    private static final Pattern REASON = Pattern.compile("原因|主要是|主要用于|因为|由于|系");
    /**
     * How far after the sentence stating the figures a reason is looked for (characters, spaces removed); the rest of
     * that sentence (a "其中：…" breakdown of the items) is always read.
     */
    private static final int WINDOW = 120;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        BigDecimal share = new BigDecimal(context.param(SHARE_PARAM, "10"));
        int before = context.checks().size();
        for (FinalProse.Text p : FinalProse.paragraphs(filing)) {
            Matcher m = PAIR.matcher(p.text());
            while (m.find()) {
                Amount actual = FinalProse.money(m.group(3), m.group(4));
                Amount budget = null;
                int beyondCount = 0;
                int candidates = 0;
                Matcher c = BUDGET.matcher(p.text()).region(m.start(), m.start(3));
                while (c.find()) {
                    budget = FinalProse.money(c.group(1), c.group(2));
                    candidates++;
                    beyondCount += beyond(budget, actual, share) ? 1 : 0;
                }
                boolean beyond = beyondCount > 0;
                String rate = rate(budget, actual);
                String sentence = Js002CompletionRates.sentence(p.text(), m.start(), m.end());
                Provenance at = p.at(filing, m.start());
                String after = p.text().substring(m.end(),
                        Math.min(p.text().length(), sentenceEnd(p.text(), m.end()) + WINDOW));
                int next = nextItem(after);
                boolean explained = REASON.matcher(after.substring(0, next)).find();
                Outcome outcome = !beyond || explained ? Outcome.PASS
                        : beyondCount < candidates ? Outcome.NOT_APPLICABLE : Outcome.FAIL;
                context.report(new Check(ID, outcome, "决算数与年初预算数差异说明", null, null, null, null, ID,
                        Checks.args(ARG_BUDGET, budget.printed() + budget.unit().symbol(),
                                ARG_ACTUAL, actual.printed() + actual.unit().symbol(), ARG_RATE, rate,
                                ARG_SHARE, share.toPlainString() + "%", ARG_SENTENCE, sentence,
                                "beyond", beyond ? "yes" : "", Checks.ARG_MISSING, outcome == Outcome.NOT_APPLICABLE
                                        ? "可确定的年初预算数（“" + sentence + "”列有多个年初预算数，差异是否超过"
                                        + share.toPlainString() + "%因所取的数而异）" : ""),
                        List.of(at)));
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "决算数与年初预算数差异说明", "同一句中列明年初预算数与决算数的说明"));
        }
    }

    /** Whether the 决算数 differs from the budget by more than the share (a zero budget with spending does). */
    private static boolean beyond(Amount budget, Amount actual, BigDecimal share) {
        BigDecimal b = budget.toYuan();
        BigDecimal a = actual.toYuan();
        if (b.signum() == 0) {
            return a.signum() != 0;
        }
        BigDecimal pct = a.subtract(b).abs().multiply(BigDecimal.valueOf(100)).divide(b, MathContext.DECIMAL64);
        return pct.compareTo(share) > 0;
    }

    /** The 决算数 as a percentage of the budget, as the finding prints it. */
    private static String rate(Amount budget, Amount actual) {
        BigDecimal b = budget.toYuan();
        BigDecimal a = actual.toYuan();
        if (b.signum() == 0) {
            return a.signum() == 0 ? "" : "预算数为0";
        }
        return a.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Where the sentence holding the figures ends: its "。", or the end of the text. */
    static int sentenceEnd(String text, int from) {
        int end = text.indexOf('。', from);
        return end < 0 ? text.length() : end;
    }

    /** Where the next listed item ("2.", "（二）", "其中：") starts in the text after the figures. */
    private static int nextItem(String after) {
        Matcher m = Pattern.compile("[。；](?:\\d+[.．、]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)").matcher(after);
        return m.find() ? m.start() + 1 : after.length();
    }
}
