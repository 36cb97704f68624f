package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 收入合计 and its sources. The headline is the first figure stated as 收入预算 / 预算收入 / 收入合计 (not a
 * 财政拨款 one); its sources are the figures listed after it in the same paragraph ("其中：上年结转结余…；一般公共预算…"
 * or "包括…"). Later headline statements are recorded as further INCOME_TOTAL facts; their lists are not sources
 * again. A change naming 收入 ("收入较去年增加…") is the total's change.
 */
public final class IncomeLocator implements Locator {

    /** The whole core of the label ({@link Phrase#core}): "收入预算", "预算收入", "部门收入预算合计" … */
    private static final Pattern TOTAL = Pattern.compile(
            "^(部门|单位)?(收入预算|预算收入|收入(预算)?合计|收入(预算)?总计|收入总预算|收入(预算)?总额)(总额|数)?$");
    private static final Pattern NOT_A_SOURCE = Pattern.compile("合计|总计|小计|本年收入|^$");
    /** A paragraph that continues the headline's list ("其中：…" on the next line after "…。"). */
    private static final Pattern LIST_OPENING = Pattern.compile("^(其中|收入包括|包括)");
    private static final Set<String> SUBJECTS = Set.of("收入", "部门收入", "收入总额", "预算收入", "本年收入", "部门预算收入");

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        List<Mention> totals = ctx.figures().filter(m -> m.isMoney() && isTotal(m) && !sink.claimed(m)).toList();
        for (int i = 0; i < totals.size(); i++) {
            Mention total = totals.get(i);
            sink.value(FactKeys.INCOME_TOTAL, null, total);
            if (i == 0) {
                sources(ctx, sink, total);
            }
        }
        ctx.subjectChanges().filter(c -> SUBJECTS.contains(c.subject()) && !sink.claimed(c))
                .forEach(c -> sink.change(FactKeys.INCOME_TOTAL, null, c));
    }

    static boolean isTotal(Mention m) {
        String topic = Phrase.core(Headline.topic(m));
        return TOTAL.matcher(topic).find()
                && !Headline.containsAny(topic, "财政拨款", "一般公共预算", "政府性基金", "国有资本", "本年收入", "非同级",
                "事业", "经营", "上级", "附属", "其他", "拨款", "投资", "结转", "结余");
    }

    private static void sources(ProseContext ctx, FactSink sink, Mention total) {
        List<Mention> candidates = new java.util.ArrayList<>(ctx.figuresIn(total.paragraph()));
        int next = total.paragraph().index() + 1;
        if (next < ctx.paragraphs().size() && LIST_OPENING.matcher(ctx.paragraphs().get(next).text()).find()) {
            candidates.addAll(ctx.figuresIn(ctx.paragraphs().get(next)));
        }
        for (Mention m : candidates) {
            boolean before = m.paragraph() == total.paragraph() && m.start() <= total.start();
            if (before || !m.isMoney() || sink.claimed(m)) {
                continue;
            }
            if (m.label().contains("支出")) {
                break;
            }
            if (!NOT_A_SOURCE.matcher(m.label()).find() && !isTotal(m)) {
                sink.value(FactKeys.INCOME_SOURCE, m.label(), m);
            }
        }
    }
}
