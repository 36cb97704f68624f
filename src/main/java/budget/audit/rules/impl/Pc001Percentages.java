package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.Interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PC001: every stated percentage recomputed from the figures it refers to. A share "占X%" is the figure before it
 * over the paragraph's headline figure; a rate "增长/减少X%" is the change over last year's figure, either from the
 * stated change just before it or from last year's and this year's figures in the same sentence. The percentage
 * printed with d decimals stands for ±½·10⁻ᵈ %, the figures for their rounding intervals; the ratio's interval
 * must meet the percentage's.
 */
public final class Pc001Percentages implements Rule {

    public static final String ID = "PC001";

    static final String ARG_PERCENT = "percent";
    static final String ARG_FORMULA = "formula";
    static final String ARG_RATIO = "ratio";

    private static final Pattern SHARE = Pattern.compile("占(比|比重)?(为)?$");
    private static final Pattern RATE = Pattern.compile("(增长|增加|上升|提高|减少|下降|降低)(了)?(幅度为)?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[，,：:、]?(其中|包括|主要包括)");
    private static final Pattern NEGATIVE = Pattern.compile("减少|下降|降低");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        String file = filing.fileName();
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            List<Mention> ms = s.mentions();
            Mention headline = ms.stream().filter(m -> m.kind() == Mention.Kind.VALUE && m.isMoney()
                    && !m.unreadable()).findFirst().orElse(null);
            for (int i = 0; i < ms.size(); i++) {
                Mention pct = ms.get(i);
                if (pct.kind() != Mention.Kind.PERCENT || pct.unreadable() || pct.explanatory()) {
                    continue;
                }
                String raw = pct.rawLabel();
                Check check = null;
                if (SHARE.matcher(raw).find()) {
                    // a share bent to make its set add up to 100% is PC002's note, not a misstatement
                    check = BentShares.isBent(ms, pct, consistency.mode()) ? null
                            : share(filing, file, ms, i, headline, consistency);
                } else if (RATE.matcher(raw).find()) {
                    check = rate(filing, file, ms, i, consistency);
                }
                if (check != null) {
                    context.report(check);
                }
            }
        }
    }

    private Check share(BudgetFiling filing, String file, List<Mention> ms, int i, Mention headline,
                        Consistency consistency) {
        Mention part = previousMoney(ms, i, Mention.Kind.VALUE);
        if (part == null || headline == null || part == headline || headline.amount().isZero()
                || !isBase(ms, headline)) {
            return null;
        }
        Interval a = Interval.of(part.amount(), consistency.mode());
        Interval b = Interval.of(headline.amount(), consistency.mode());
        Interval ratio = quotient(a, b);
        String formula = part.amount().printed() + " ÷ " + headline.amount().printed();
        return check(file, ms.get(i), 1, ratio, exact(part.amount(), headline.amount()), formula,
                label(part) + "占" + label(headline) + "的比重", List.of(part, headline));
    }

    private Check rate(BudgetFiling filing, String file, List<Mention> ms, int i, Consistency consistency) {
        Mention pct = ms.get(i);
        int sign = NEGATIVE.matcher(pct.rawLabel()).find() ? -1 : 1;
        Mention before = i > 0 ? ms.get(i - 1) : null;
        if (before != null && before.kind() == Mention.Kind.CHANGE && before.isMoney() && !before.unreadable()
                && before.target() != null && !before.target().unreadable() && before.target().isMoney()) {
            Amount change = before.amount();
            Amount value = before.target().amount();
            Interval c = Interval.of(change, consistency.mode());
            Interval v = Interval.of(value, consistency.mode());
            Interval last = new Interval(v.lo().subtract(c.hi()), v.hi().subtract(c.lo()));
            if (last.lo().signum() <= 0) {
                return null;
            }
            BigDecimal lastExact = value.toYuan().subtract(change.toYuan());
            BigDecimal exact = change.toYuan().divide(lastExact, MC);
            String formula = change.printed() + " ÷ (" + value.printed() + " − (" + change.printed() + "))";
            return check(file, pct, sign, quotient(c, last), exact, formula, label(before.target()) + "的增减幅度",
                    List.of(before, before.target()));
        }
        // "2023年执行数为X万元，2024年预算安排Y万元，比2023年增加Z%": last year's and this year's figures in the sentence
        Mention current = null;
        Mention last = null;
        Integer year = filing.year();
        for (int j = i - 1; j >= 0 && (current == null || last == null); j--) {
            Mention m = ms.get(j);
            if (m.kind() == Mention.Kind.PERCENT) {
                break;
            }
            if (!m.isMoney() || m.unreadable() || m.kind() == Mention.Kind.CHANGE
                    || crossesSentence(pct, m)) {
                continue;
            }
            Integer y = yearOf(m.rawLabel());
            if (year != null && y != null && y == year - 1 || m.kind() == Mention.Kind.PREVIOUS
                    || m.rawLabel().contains("上年") || m.rawLabel().contains("去年")) {
                last = last == null ? m : last;
            } else if (current == null && (y == null || year == null || y.equals(year))) {
                current = m;
            }
        }
        if (current == null || last == null || last.amount().isZero()) {
            return null;
        }
        Interval v = Interval.of(current.amount(), consistency.mode());
        Interval p = Interval.of(last.amount(), consistency.mode());
        Interval diff = new Interval(v.lo().subtract(p.hi()), v.hi().subtract(p.lo()));
        if (p.lo().signum() <= 0) {
            return null;
        }
        BigDecimal exact = current.amount().toYuan().subtract(last.amount().toYuan())
                .divide(last.amount().toYuan(), MC);
        String formula = "(" + current.amount().printed() + " − " + last.amount().printed() + ") ÷ "
                + last.amount().printed();
        return check(file, pct, sign, quotient(diff, p), exact, formula, label(current) + "的增减幅度",
                List.of(last, current));
    }

    /**
     * The paragraph's first figure is the base of its shares only when it is named (the paragraph does not open
     * with the number, as a line continued from elsewhere does) and is not itself a share ("人员支出2906.80万元，
     * 占49.4%；日常公用支出…": a list of parts whose base is stated elsewhere).
     */
    private static boolean isBase(List<Mention> ms, Mention headline) {
        if (LIST_ITEM.matcher(headline.rawLabel()).find() || headline.label().isBlank()) {
            return false;
        }
        int at = ms.indexOf(headline);
        Mention next = at + 1 < ms.size() ? ms.get(at + 1) : null;
        return next == null || next.kind() != Mention.Kind.PERCENT || !SHARE.matcher(next.rawLabel()).find();
    }

    private static boolean crossesSentence(Mention pct, Mention m) {
        return m.start() < pct.start() - pct.sentenceLength();
    }

    private static Integer yearOf(String label) {
        Matcher m = YEAR.matcher(label);
        Integer y = null;
        while (m.find()) {
            y = Integer.parseInt(m.group(1));
        }
        return y;
    }

    private static String label(Mention m) {
        String l = m.label();
        return l == null || l.isBlank() ? m.rawLabel() : l;
    }

    private static Check check(String file, Mention pct, int sign, Interval ratio, BigDecimal exactRatio,
                               String formula, String subject, List<Mention> figures) {
        BigDecimal stated = pct.amount().value().multiply(BigDecimal.valueOf(sign));
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-pct.amount().decimals()).multiply(new BigDecimal("0.5"));
        Interval printed = new Interval(stated.subtract(half), stated.add(half));
        Interval inPercent = new Interval(ratio.lo().multiply(HUNDRED), ratio.hi().multiply(HUNDRED));
        BigDecimal exactPercent = exactRatio.multiply(HUNDRED);
        Outcome outcome;
        if (exactPercent.setScale(pct.amount().decimals(), RoundingMode.HALF_UP).compareTo(stated) == 0) {
            outcome = Outcome.PASS;
        } else if (printed.intersects(inPercent)) {
            outcome = Outcome.ROUNDING;
        } else if (exactPercent.setScale(pct.amount().decimals(), RoundingMode.DOWN).compareTo(stated) == 0) {
            outcome = Outcome.TRUNCATION; // cut off, not rounded (10.158% printed 10.15%): INFO, not a misstatement
        } else {
            outcome = Outcome.FAIL;
        }
        int shown = Math.max(2, pct.amount().decimals());
        BigDecimal computed = exactPercent.setScale(shown, RoundingMode.HALF_UP);
        List<Provenance> evidence = new ArrayList<>();
        evidence.add(pct.provenance(file));
        figures.forEach(m -> evidence.add(m.provenance(file)));
        Amount statedAmount = new Amount(stated, Unit.PERCENT);
        return new Check(ID, outcome, subject, statedAmount, computed, statedAmount.value().subtract(computed),
                Unit.PERCENT, ID, Checks.args(ARG_PERCENT, pct.printed(), ARG_FORMULA, formula,
                ARG_RATIO, computed.toPlainString() + "%"), evidence);
    }

    private static BigDecimal exact(Amount a, Amount b) {
        return a.toYuan().divide(b.toYuan(), MC);
    }

    /** [a] ÷ [b] for b not containing 0: the extremes are among the four corner quotients. */
    static Interval quotient(Interval a, Interval b) {
        BigDecimal[] q = {a.lo().divide(b.lo(), MC), a.lo().divide(b.hi(), MC), a.hi().divide(b.lo(), MC),
                a.hi().divide(b.hi(), MC)};
        BigDecimal lo = q[0];
        BigDecimal hi = q[0];
        for (BigDecimal x : q) {
            lo = lo.min(x);
            hi = hi.max(x);
        }
        return new Interval(lo, hi);
    }

    private static Mention previousMoney(List<Mention> ms, int i, Mention.Kind kind) {
        for (int j = i - 1; j >= 0; j--) {
            Mention m = ms.get(j);
            if (m.kind() == Mention.Kind.PERCENT) {
                return null;
            }
            if (m.kind() == kind && m.isMoney() && !m.unreadable()) {
                return m;
            }
        }
        return null;
    }
}
