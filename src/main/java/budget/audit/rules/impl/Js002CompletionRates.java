package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JS002: every 完成率 a 决算's prose states with both its figures in the same sentence ("年初预算为A万元，支出决算为
 * B万元，完成年初预算的X%"; "全年预算数为A万元，执行数为B万元，完成预算的X%"; "决算为B万元，完成预算A万元的X%";
 * "…为年初预算的X%") recomputed as B ÷ A. A base of zero gives no rate (not checked); a rate whose base the
 * sentence does not state is not guessed.
 */
public final class Js002CompletionRates implements FinalAccountsRule {

    public static final String ID = "JS002";

    static final String ARG_SENTENCE = "sentence";

    private static final String N = FinalProse.NUMBER;
    private static final String UNIT = "(万元|元|亿元)";
    /** Which budget a figure or a rate is on: 年初, 全年, 调整 (调整后); none named fits any. */
    private static final String KIND = "(年初|全年|调整后?)?";
    private static final String RATE = "(?:完成|为|达到?)" + KIND + "预算(?:数)?的" + N + "%";
    private static final String BUDGET_FIGURE = KIND + "预算(?:数|金额)?(?:为|是)" + N + UNIT;
    /**
     * 预算 A … 决算/执行 B … 完成预算的 X%. Other budget figures between A and B ("年初预算为A，调整预算为C，支出决算为B";
     * "合计预算为A，其中某项预算为C，决算为B"; "预算为A（其中基本支出预算为C）") are further candidates for the base.
     */
    private static final Pattern BUDGET_FIRST = Pattern.compile(BUDGET_FIGURE
            + "[^。；%]{0,40}?(?:决算|执行数|实际支出)(?:数)?(?:为|是)" + N + UNIT + "[，,]?" + RATE);
    private static final Pattern BUDGET = Pattern.compile(BUDGET_FIGURE);
    /** 决算 B，完成预算 A 的 X%. */
    private static final Pattern FINAL_FIRST = Pattern.compile(
            "(?:决算|执行数)(?:数)?(?:为|是)" + N + UNIT + "[，,]?完成(?:年初|全年)?预算(?:数)?" + N + UNIT + "的" + N + "%");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        int before = context.checks().size();
        for (FinalProse.Text p : FinalProse.paragraphs(filing)) {
            Matcher m = BUDGET_FIRST.matcher(p.text());
            while (m.find()) {
                budgetFirst(filing, context, p, m);
            }
            m = FINAL_FIRST.matcher(p.text());
            while (m.find()) {
                report(filing, context, p, m.start(), m.end(), m.start(5),
                        FinalProse.money(m.group(3), m.group(4)), FinalProse.money(m.group(1), m.group(2)),
                        FinalProse.percent(m.group(5)));
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "完成率", "同一句中列明预算数、决算数及完成率的说明"));
        }
    }

    /** A budget figure and a rate on the same kind of budget: equal kinds, or either not named. */
    static boolean sameKind(String figure, String rate) {
        return figure == null || rate == null || kind(figure).equals(kind(rate));
    }

    private static String kind(String named) {
        return named.startsWith("调整") ? "调整" : named;
    }

    /** A rate on another budget than the one the sentence states (年初 figure, 全年 rate): not recomputed. */
    private static void otherKind(BudgetFiling filing, RuleContext context, FinalProse.Text p, int start, int end,
                                  int percentAt, String figure, String rate, Amount percent) {
        Provenance at = p.at(filing, percentAt);
        context.report(new Check(ID, Outcome.NOT_APPLICABLE, "完成率 " + percent.printed() + "%", null, null, null,
                null, ID, Checks.args(Checks.ARG_MISSING, "完成率所依据的" + kind(rate) + "预算数（句中所列为"
                        + kind(figure) + "预算数）", ARG_SENTENCE, sentence(p.text(), start, end)), List.of(at)));
    }

    /**
     * One "预算 … 决算 … 完成预算的 X%" statement. The budget figures before the 决算 figure on the rate's kind of budget
     * are the candidate bases: one is checked; of several, the first the rate fits passes, and a rate fitting none
     * is not checked (which budget it is on is not guessed).
     */
    private static void budgetFirst(BudgetFiling filing, RuleContext context, FinalProse.Text p, Matcher m) {
        String rateKind = m.group(6);
        Amount actual = FinalProse.money(m.group(4), m.group(5));
        Amount percent = FinalProse.percent(m.group(7));
        List<MatchResult> fitting = new ArrayList<>();
        Matcher b = BUDGET.matcher(p.text()).region(m.start(), m.start(4));
        while (b.find()) {
            if (sameKind(b.group(1), rateKind)) {
                fitting.add(b.toMatchResult());
            }
        }
        if (fitting.isEmpty()) {
            otherKind(filing, context, p, m.start(), m.end(), m.start(7), m.group(1), rateKind, percent);
            return;
        }
        List<Check> checks = new ArrayList<>();
        for (MatchResult f : fitting) {
            checks.add(check(filing, p, f.start(), m.end(), m.start(7), FinalProse.money(f.group(2), f.group(3)),
                    actual, percent));
        }
        Check chosen = checks.size() == 1 ? checks.getFirst()
                : checks.stream().filter(c -> c.outcome() == Outcome.PASS).findFirst().orElse(null);
        if (chosen == null) {
            Provenance at = p.at(filing, m.start(7));
            chosen = new Check(ID, Outcome.NOT_APPLICABLE, "完成率 " + percent.printed() + "%", null, null, null,
                    null, ID, Checks.args(Checks.ARG_MISSING, "完成率所依据的预算数（句中列有多个预算数，完成率与其中任一均不符）",
                            ARG_SENTENCE, sentence(p.text(), m.start(), m.end())), List.of(at));
        }
        context.report(chosen);
    }

    private static void report(BudgetFiling filing, RuleContext context, FinalProse.Text p, int start, int end,
                               int percentAt, Amount budget, Amount actual, Amount percent) {
        context.report(check(filing, p, start, end, percentAt, budget, actual, percent));
    }

    private static Check check(BudgetFiling filing, FinalProse.Text p, int start, int end, int percentAt,
                               Amount budget, Amount actual, Amount percent) {
        String sentence = sentence(p.text(), start, end);
        Provenance at = p.at(filing, percentAt);
        Provenance from = p.at(filing, start);
        List<Provenance> evidence = from.equals(at) ? List.of(at) : List.of(at, from);
        String subject = "完成率 " + percent.printed() + "%";
        if (budget.isZero()) {
            return new Check(ID, Outcome.NOT_APPLICABLE, subject, null, null, null, null, ID,
                    Checks.args(Checks.ARG_MISSING, "不为零的预算数（预算数为0，完成率无从计算）",
                            ARG_SENTENCE, sentence), evidence);
        }
        return FinalShares.check(ID, subject, percent, actual, budget, evidence, Map.of(ARG_SENTENCE, sentence));
    }

    /** The sentence around a match: from the previous 。/； (or a list number) to the match's end. */
    static String sentence(String text, int start, int end) {
        int s = start;
        while (s > 0 && "。；;".indexOf(text.charAt(s - 1)) < 0 && start - s < 60) {
            s--;
        }
        return text.substring(s, end);
    }
}
