package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.Unit;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.Interval;
import budget.audit.rules.identity.Identity;
import budget.audit.rules.identity.Resolution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * UN002: a year-on-year change printed in another unit than the figure it qualifies, where its size as printed is
 * implausible and the figure's own unit makes it plausible. Two signs, both from the figure's magnitude:
 * <ul>
 *   <li>the change in 元 is smaller than one unit of the figure's last printed digit ("352.67万元，比上年增加5.20元":
 *       a figure rounded to 100元 cannot move by 5.20元), while read in 万元 it is no larger than the figure;</li>
 *   <li>the increase in 万元 (亿元) exceeds the figure itself (last year's would be negative), while read in 元 it
 *       does not.</li>
 * </ul>
 * A plausibility warning, not proof: the message gives the reasoning and the ratio to the base.
 */
public final class Un002ChangeUnitSlip implements Rule {

    public static final String ID = "UN002";

    static final String ARG_PRINTED = "printed";
    static final String ARG_INTENDED = "intended";
    static final String ARG_VALUE = "value";
    static final String ARG_KIND = "kind";
    static final String ARG_STEP = "step";
    static final String ARG_SHARE = "share";

    private static final MathContext MC = MathContext.DECIMAL64;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        String file = filing.fileName();
        List<Check> fails = new ArrayList<>();
        List<Fact> byUn001 = proseSlips(filing, consistency);
        int checked = 0;
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            for (Mention c : s.mentions()) {
                Mention v = c.target();
                if (c.kind() != Mention.Kind.CHANGE || c.unreadable() || c.explanatory() || !c.isMoney()
                        || v == null || v.unreadable() || !v.isMoney() || v.amount().isZero()) {
                    continue;
                }
                checked++;
                if (c.unit() == v.unit()) {
                    continue;
                }
                if (reportedByUn001(byUn001, c, file)) {
                    continue; // UN001 already names this figure: one slip, one finding
                }
                Check check = slip(file, consistency, v, c);
                if (check != null) {
                    fails.add(check);
                }
            }
        }
        Checks.reportFailsOrOutcome(context, ID, "增减额单位", fails, checked, "比上年增减额",
                Checks.args(ARG_VALUE, checked));
    }

    /** The prose figures UN001 reports (a total = Σ parts that holds once their unit is swapped). */
    static List<Fact> proseSlips(BudgetFiling filing, Consistency consistency) {
        List<Fact> out = new ArrayList<>();
        for (Identity level : Identities.LEVELS) {
            for (Identity identity : List.of(level, level.changes())) {
                Optional<Resolution> r = identity.resolve(filing, Fact.Origin.PROSE).filter(Resolution::checkable);
                if (r.isEmpty()) {
                    continue;
                }
                OptionalInt slip = UnitSlips.explainingPart(consistency, r.get().total().amount(),
                        r.get().partAmounts());
                if (slip.isPresent()) {
                    out.add(r.get().parts().get(slip.getAsInt()));
                }
            }
        }
        return out;
    }

    private static boolean reportedByUn001(List<Fact> slips, Mention c, String file) {
        int line = c.provenance(file).line();
        return slips.stream().anyMatch(f -> f.source().line() == line && f.amount().equals(c.amount()));
    }

    private static Check slip(String file, Consistency consistency, Mention v, Mention c) {
        Amount value = v.amount();
        Amount change = c.amount();
        Amount intended = new Amount(change.value(), value.unit());
        BigDecimal abs = change.toYuan().abs();
        Interval base = Interval.of(value, consistency.mode());
        String kind;
        if (change.unit().powerOfTen() < value.unit().powerOfTen()) {
            BigDecimal step = Interval.step(value);
            boolean belowStep = abs.compareTo(step) < 0;
            boolean plausible = intended.toYuan().abs().compareTo(base.hi()) <= 0;
            if (!belowStep || !plausible || abs.signum() == 0) {
                return null;
            }
            kind = "belowStep";
            return check(file, v, c, kind, intended, Checks.printed(new Amount(step.divide(
                    BigDecimal.ONE.scaleByPowerOfTen(value.unit().powerOfTen()), MC).stripTrailingZeros(),
                    value.unit())));
        }
        Interval increase = Interval.of(change, consistency.mode());
        boolean exceeds = change.value().signum() > 0 && increase.lo().compareTo(base.hi()) > 0;
        boolean plausible = intended.toYuan().abs().compareTo(base.hi()) <= 0;
        if (!exceeds || !plausible) {
            return null;
        }
        return check(file, v, c, "exceeds", intended, null);
    }

    private static Check check(String file, Mention v, Mention c, String kind, Amount intended, String step) {
        BigDecimal share = intended.toYuan().abs().multiply(BigDecimal.valueOf(100))
                .divide(v.amount().toYuan(), 2, RoundingMode.HALF_UP);
        String name = (v.label() == null || v.label().isBlank() ? v.rawLabel() : v.label()) + "比上年增减（说明文字）";
        Unit unit = c.amount().unit();
        return new Check(ID, Outcome.FAIL, name, c.amount(), null, null, unit, ID,
                Checks.args(ARG_KIND, kind, ARG_PRINTED, c.printed(), ARG_INTENDED, Checks.printed(intended),
                        ARG_VALUE, Checks.printed(v.amount()), ARG_STEP, step, ARG_SHARE, share.toPlainString() + "%"),
                List.of(c.provenance(file), v.provenance(file)));
    }
}
