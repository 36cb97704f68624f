package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.parse.prose.Mention;
import budget.audit.parse.prose.Paragraph;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YY003: the wording of a year-on-year change agrees with its numbers. Three contradictions, each certain from the
 * sentence alone:
 * <ul>
 *   <li>an increase larger than this year's figure ("预算0万元，比上年增加20万元"): last year's would be negative;</li>
 *   <li>a change word before a negative number ("增加-5万元", "减少-5万元"): the sentence says both directions;</li>
 *   <li>"持平" beside a non-zero change of the same figure ("与上年持平，增加5万元").</li>
 * </ul>
 * Only a change in the same unit as the figure it qualifies, directly after it (nothing else in between), counts; a
 * change in another unit is UN002's question. Amounts compare as rounding intervals.
 */
public final class Yy003ChangeDirection implements Rule {

    public static final String ID = "YY003";

    static final String ARG_KIND = "kind";
    static final String ARG_VALUE = "value";
    static final String ARG_CHANGE = "change";
    static final String ARG_TEXT = "text";

    private static final Pattern SIGNED = Pattern.compile(
            "(增加|增长|上升|提高|调增|减少|下降|降低|调减|压减)了?[-－−](\\d+(?:\\.\\d+)?)(万元|亿元|元)");
    private static final Pattern ROUGHLY = Pattern.compile("(基本|大体|大致|总体|接近|相对|略|约)$");
    private static final Pattern COMPARISON = Pattern.compile("比|较|与|同比");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        String file = filing.fileName();
        List<Check> fails = new ArrayList<>();
        int checked = 0;
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            Paragraph p = s.paragraph();
            Matcher m = SIGNED.matcher(p.text());
            while (m.find()) {
                fails.add(new Check(ID, Outcome.FAIL, "增减表述（说明文字）", null, null, null, null, ID,
                        Checks.args(ARG_KIND, "signed", ARG_TEXT, m.group()),
                        List.of(p.provenance(file, m.start()))));
            }
            for (Mention v : s.mentions()) {
                if (v.kind() != Mention.Kind.VALUE || !v.isMoney() || v.unreadable() || v.explanatory()) {
                    continue;
                }
                List<Mention> changes = direct(v, s.mentions());
                if (changes.isEmpty()) {
                    continue;
                }
                checked++;
                Check c = increaseExceedsValue(file, consistency, v, changes);
                if (c == null) {
                    c = levelWithChange(file, v, changes);
                }
                if (c != null) {
                    fails.add(c);
                }
            }
        }
        Checks.reportFailsOrOutcome(context, ID, "增减表述", fails, checked, "比上年增减额",
                Checks.args(ARG_VALUE, checked));
    }

    /** The readable year-on-year changes attached to {@code v}, in its unit, the first directly after it. */
    private static List<Mention> direct(Mention v, List<Mention> all) {
        List<Mention> out = new ArrayList<>();
        int at = all.indexOf(v);
        for (Mention c : v.changes()) {
            if (c.unreadable() || c.explanatory() || !c.subject().isEmpty()) {
                continue;
            }
            boolean level = "持平".equals(c.label()) && c.unit() == null;
            if (!level && c.unit() != v.unit()) {
                continue;
            }
            if (out.isEmpty() && (all.indexOf(c) != at + 1 || !COMPARISON.matcher(c.rawLabel()).find()
                    || listItem(v, all, at))) {
                return List.of();
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Whether {@code v} ends a comma-separated list of bare figures ("事业收入0万元，其他收入0万元，比上年增加20万元"): the
     * change may then qualify the list's total, not the last item.
     */
    private static boolean listItem(Mention v, List<Mention> all, int at) {
        if (at == 0) {
            return false;
        }
        Mention before = all.get(at - 1);
        if (before.kind() != Mention.Kind.VALUE || !before.changes().isEmpty()) {
            return false;
        }
        String between = v.paragraph().text().substring(before.end(), v.start());
        return between.indexOf('；') < 0 && between.indexOf(';') < 0 && between.indexOf('。') < 0;
    }

    private static Check increaseExceedsValue(String file, Consistency consistency, Mention v, List<Mention> cs) {
        Mention c = cs.getFirst();
        Amount change = c.amount();
        if (change.value().signum() <= 0) {
            return null;
        }
        Interval value = Interval.of(v.amount(), consistency.mode());
        Interval increase = Interval.of(change, consistency.mode());
        if (increase.lo().compareTo(value.hi()) <= 0) {
            return null;
        }
        return new Check(ID, Outcome.FAIL, name(v), v.amount(), null, null, v.amount().unit(), ID,
                Checks.args(ARG_KIND, "exceeds", ARG_VALUE, Checks.printed(v.amount()),
                        ARG_CHANGE, Checks.printed(change)),
                List.of(v.provenance(file), c.provenance(file)));
    }

    private static Check levelWithChange(String file, Mention v, List<Mention> cs) {
        Mention level = null;
        Mention moved = null;
        for (Mention c : cs) {
            if ("持平".equals(c.label()) && c.unit() == null) {
                if (!ROUGHLY.matcher(c.rawLabel()).find()) {
                    level = level == null ? c : level; // "基本持平" beside "增长0.8%" is no contradiction
                }
            } else if (c.amount().value().signum() != 0) {
                moved = moved == null ? c : moved;
            }
        }
        if (level == null || moved == null) {
            return null;
        }
        List<Provenance> evidence = List.of(v.provenance(file), level.provenance(file), moved.provenance(file));
        Amount a = moved.amount();
        String change = (a.value().signum() < 0 ? "减少" : "增加") + a.value().abs().toPlainString() + a.unit().symbol();
        return new Check(ID, Outcome.FAIL, name(v), v.amount(), null, null, v.amount().unit(), ID,
                Checks.args(ARG_KIND, "level", ARG_VALUE, Checks.printed(v.amount()), ARG_CHANGE, change), evidence);
    }

    /** "财政拨款支出（说明文字）". */
    static String name(Mention v) {
        String l = v.label() == null || v.label().isBlank() ? v.rawLabel() : v.label();
        return l + "（说明文字）";
    }
}
