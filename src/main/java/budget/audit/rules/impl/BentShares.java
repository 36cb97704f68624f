package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.arith.Interval;
import budget.audit.rules.arith.Mode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets of shares of one named base in a paragraph ("因公出国（境）费199.25万元，占“三公”经费的25.96%；公务用车…占“三公”经费的
 * 23.92%；…") whose printed percentages add up to exactly 100: the parts then are the whole, and each share is
 * recomputed as part ÷ Σ parts with rounding intervals. A share off by at most one unit of its last printed decimal
 * while the set is forced to 100 is "bent" to make the total come out (PC002, a note); PC001 leaves such shares alone.
 */
final class BentShares {

    private static final Pattern SHARE = Pattern.compile("占(?<base>[^，,；;。%]{0,20}?)(?:的)?(?:比重|比例|份额)?(?:为)?$");
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One share: its percentage, the part before it, whether it meets its recomputed value, the exact value. */
    record Share(Mention percent, Mention part, boolean consistent, BigDecimal exact) {
    }

    /** A set of shares of one base whose printed percentages sum to 100. */
    record Group(String base, List<Share> shares, Amount whole) {
        List<Share> inconsistent() {
            return shares.stream().filter(s -> !s.consistent()).toList();
        }

        /** Every inconsistent share is within one unit of its last decimal of the exact value: bent, not wrong. */
        boolean bent() {
            List<Share> off = inconsistent();
            return !off.isEmpty() && off.stream().allMatch(s -> {
                BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-s.percent().amount().decimals());
                return s.percent().amount().value().subtract(s.exact()).abs()
                        .compareTo(unit.multiply(new BigDecimal("1.5"))) <= 0;
            });
        }
    }

    private BentShares() {
    }

    static List<Group> groups(List<Mention> ms, Mode mode) {
        Map<String, List<Mention[]>> byBase = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention p = ms.get(i);
            if (p.kind() != Mention.Kind.PERCENT || p.unreadable() || p.explanatory()) {
                continue;
            }
            Matcher m = SHARE.matcher(p.rawLabel());
            if (!m.find()) {
                continue;
            }
            Mention part = i > 0 ? ms.get(i - 1) : null;
            if (part == null || part.kind() != Mention.Kind.VALUE || !part.isMoney() || part.unreadable()) {
                continue;
            }
            String base = m.group("base").replaceAll("[“”\"\\s]", "");
            byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(new Mention[]{p, part});
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention[]>> e : byBase.entrySet()) {
            List<Mention[]> set = e.getValue();
            if (set.size() < 2 || set.stream().map(x -> x[1].amount().unit()).distinct().count() > 1) {
                continue;
            }
            BigDecimal printedSum = BigDecimal.ZERO;
            BigDecimal whole = BigDecimal.ZERO;
            Interval wholeInterval = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);
            for (Mention[] x : set) {
                printedSum = printedSum.add(x[0].amount().value());
                whole = whole.add(x[1].amount().value());
                wholeInterval = wholeInterval.add(Interval.of(x[1].amount(), mode));
            }
            if (printedSum.compareTo(HUNDRED) != 0 || whole.signum() <= 0) {
                continue;
            }
            List<Share> shares = new ArrayList<>();
            for (Mention[] x : set) {
                // part ÷ (part + rest), increasing in the part and decreasing in the rest: its extremes are
                // lo(part) ÷ (lo(part) + hi(rest)) and hi(part) ÷ (hi(part) + lo(rest))
                Interval part = Interval.of(x[1].amount(), mode);
                Interval rest = new Interval(wholeInterval.lo().subtract(part.lo()), wholeInterval.hi().subtract(part.hi()));
                if (part.lo().signum() < 0 || part.lo().add(rest.hi()).signum() <= 0
                        || part.hi().add(rest.lo()).signum() <= 0) {
                    break; // a zero or negative part: not a share of a whole (the set is dropped below)
                }
                Interval ratio = new Interval(part.lo().divide(part.lo().add(rest.hi()), MC),
                        part.hi().divide(part.hi().add(rest.lo()), MC));
                BigDecimal stated = x[0].amount().value();
                BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-x[0].amount().decimals())
                        .multiply(new BigDecimal("0.5"));
                Interval printed = new Interval(stated.subtract(half), stated.add(half));
                Interval inPercent = new Interval(ratio.lo().multiply(HUNDRED), ratio.hi().multiply(HUNDRED));
                BigDecimal exact = x[1].amount().value().multiply(HUNDRED).divide(whole, MC);
                shares.add(new Share(x[0], x[1], printed.intersects(inPercent), exact));
            }
            if (shares.size() != set.size()) {
                continue;
            }
            out.add(new Group(e.getKey(), shares, new Amount(whole, set.getFirst()[1].amount().unit())));
        }
        return out;
    }

    /** Whether {@code percent} is a bent share of some group of {@code ms}. */
    static boolean isBent(List<Mention> ms, Mention percent, Mode mode) {
        for (Group g : groups(ms, mode)) {
            if (g.bent() && g.inconsistent().stream().anyMatch(s -> s.percent() == percent)) {
                return true;
            }
        }
        return false;
    }
}
