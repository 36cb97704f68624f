package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.model.SourceLine;
import budget.audit.parse.prose.Paragraph;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ZC004: the 功能分类 items the prose lists under "财政拨款支出主要内容如下" (or 一般公共预算支出) add up to the stated
 * 财政拨款支出 (一般公共预算支出) before the list. The list must be of one level (all 项, all 款 or all 类) so that no
 * amount is counted twice; Σ items above the total is an error whatever the wording, Σ items below it only when
 * the heading announces the list as the content ("如下"), since a list of 主要 items may leave some out.
 */
public final class Zc004ListedItemsTotal implements Rule {

    public static final String ID = "ZC004";

    static final String ARG_HEADING = "heading";
    static final String ARG_COUNT = "count";
    static final String ARG_KIND = "kind";

    private static final Pattern HEADING = Pattern.compile(
            "(?<scope>财政拨款|一般公共预算(?:财政拨款)?)支出(?:预算)?(?:的)?主要(?:内容|用途|用于)(?<complete>如下|包括)?");
    private static final Pattern ENTRY = Pattern.compile("^\\s*(\\d{1,3})\\s*[.．、]");
    /** Paragraphs without a number passed over in a row, at most. */
    private static final int SKIP = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<Fact> items = filing.facts(FactKeys.EXPENDITURE_ITEM, Fact.Origin.PROSE);
        List<Paragraph> paragraphs = ProseScan.paragraphs(filing);
        int reported = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Matcher h = HEADING.matcher(p.text().replaceAll("\\s+", ""));
            if (!h.find() || p.lines().isEmpty()) {
                continue;
            }
            Check c = check(filing, context, p.lines().getFirst(), h, entries(paragraphs, i + 1), items);
            if (c != null) {
                context.report(c);
                reported++;
            }
        }
        if (reported == 0) {
            context.report(Checks.notApplicable(ID, "所列功能分类科目合计", "“财政拨款支出主要内容”及其所列科目金额", List.of()));
        }
    }

    /**
     * The numbered entries 1, 2, 3 … that follow the heading; a paragraph without a number (an entry continued
     * over a page break, a page number) is passed over, {@value #SKIP} in a row at most; another number ends the list.
     */
    private static List<Paragraph> entries(List<Paragraph> paragraphs, int from) {
        List<Paragraph> out = new ArrayList<>();
        int skipped = 0;
        for (int j = from; j < paragraphs.size() && skipped <= SKIP; j++) {
            Matcher n = ENTRY.matcher(paragraphs.get(j).text());
            if (!n.find()) {
                skipped++;
                continue;
            }
            if (Integer.parseInt(n.group(1)) != out.size() + 1) {
                break;
            }
            out.add(paragraphs.get(j));
            skipped = 0;
        }
        return out;
    }

    private static Check check(BudgetFiling filing, RuleContext context, SourceLine heading, Matcher h,
                               List<Paragraph> entries, List<Fact> all) {
        if (entries.isEmpty()) {
            return null;
        }
        boolean fiscal = h.group("scope").startsWith("财政拨款");
        String totalKey = fiscal ? FactKeys.FISCAL_EXPENDITURE : FactKeys.GENERAL_EXPENDITURE;
        Fact total = null;
        for (Fact f : filing.facts(totalKey, Fact.Origin.PROSE)) {
            if (f.source().line() <= heading.number() && f.readable()) {
                total = f; // the last statement of the total before the list
            }
        }
        List<Fact> items = new ArrayList<>();
        List<Integer> unread = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            Fact first = firstIn(entries.get(k), all);
            if (first == null) {
                unread.add(k + 1);
            } else {
                items.add(first);
            }
        }
        String subject = (fiscal ? "财政拨款支出" : "一般公共预算支出") + "所列科目（说明文字）";
        List<Fact> evidenceFacts = new ArrayList<>();
        if (total != null) {
            evidenceFacts.add(total);
        }
        evidenceFacts.addAll(items);
        if (!unread.isEmpty()) {
            return Checks.insufficient(ID, subject, "所列第" + unread.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、"))
                            + "条未能识读为功能分类科目金额", evidenceFacts);
        }
        if (total == null) {
            return Checks.insufficient(ID, subject, "列表前未载明" + FactKeys.chineseName(totalKey) + "总额", items);
        }
        if (items.stream().anyMatch(f -> !f.readable() || !f.amount().unit().isMoney())) {
            return Checks.insufficient(ID, subject, "所列科目中有金额无法识读", evidenceFacts);
        }
        if (items.stream().map(f -> level(f.label())).distinct().count() > 1) {
            return Checks.insufficient(ID, subject, "所列科目层级不一（类、款、项混列），相加会重复计算", evidenceFacts);
        }
        Consistency consistency = Consistency.from(context);
        List<Amount> parts = items.stream().map(Fact::amount).toList();
        SumResult result = consistency.sum(total.amount(), parts);
        boolean complete = h.group("complete") != null;
        boolean shortfall = result.outcome() == Outcome.FAIL && result.difference().signum() > 0;
        if (shortfall && !complete) {
            return Checks.insufficient(ID, subject, "所列为主要科目，未必齐全，合计" + Checks.printed(total.amount())
                    + "与所列之和的差额不能判定为差错", evidenceFacts);
        }
        List<Provenance> evidence = Checks.evidence(evidenceFacts);
        return new Check(ID, result.outcome(), subject, total.amount(), result.computed(), result.difference(),
                result.unit(), ID, Checks.args(ARG_HEADING, h.group(), ARG_COUNT, items.size(),
                ARG_KIND, FactKeys.chineseName(totalKey), Checks.ARG_ORIGIN, "说明文字"), evidence);
    }

    /** The first item figure stated in {@code entry} (its opening amount), or null. */
    private static Fact firstIn(Paragraph entry, List<Fact> all) {
        List<Integer> lines = entry.lines().stream().map(SourceLine::number).toList();
        return all.stream().filter(f -> lines.contains(f.source().line())).findFirst().orElse(null);
    }

    /** 3 = 项, 2 = 款, 1 = 类 (a plain name ending in 支出). */
    private static int level(String label) {
        String l = label.replace('(', '（').replace(')', '）');
        return l.contains("（项）") ? 3 : l.contains("（款）") ? 2 : 1;
    }
}
