package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CG002: the 政府采购 amount reserved for 中小企业 does not exceed the 政府采购预算 total, and the part reserved for
 * 小型和微型企业 does not exceed the 中小企业 reservation. Compared as rounding intervals (a ≤ b fails only when a's
 * lower bound exceeds b's upper bound).
 */
public final class Cg002SmeReservation implements Rule {

    public static final String ID = "CG002";

    static final String ARG_KIND = "kind";
    static final String ARG_BOUND = "bound";
    static final String ARG_PART = "part";

    private static final Pattern SME = Pattern.compile("面向中小企业预留(的)?(政府采购)?(项目)?(预算)?(金额)?(为)?$");
    /** “占（本部门）政府采购（项目）预算总额的” — the share of the procurement total, no other base named. */
    private static final Pattern SHARE_OF_TOTAL = Pattern.compile(
            "占(?:本部门|本单位)?(?:政府采购)(?:项目)?(?:预算)?(?:总额|总金额|总预算)(?:的)?(?:比例)?(?:为)?$");
    /** “占面向中小企业预留（金额）的” — the share of the SME reservation. */
    private static final Pattern SHARE_OF_SME = Pattern.compile(
            "占(?:面向)?中小企业(?:预留)?(?:政府采购)?(?:项目)?(?:预算)?(?:金额|份额)?(?:的)?(?:比例)?(?:为)?$");
    static final String SME_SHARE = "面向中小企业预留金额占政府采购预算总额的比例（说明文字）";
    static final String SMALL_SHARE = "预留给小型和微型企业的金额占面向中小企业预留金额的比例（说明文字）";
    private static final Pattern SMALL = Pattern.compile("(小型和微型|小微)企业[^，,；;]{0,20}?(预算|金额)(为)?$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        String file = filing.fileName();
        Optional<Fact> total = filing.facts(FactKeys.PROCUREMENT_TOTAL, Fact.Origin.PROSE).stream()
                .filter(Fact::readable).findFirst();
        List<Check> checks = new ArrayList<>();
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            List<Mention> ms = s.mentions();
            for (int i = 0; i < ms.size(); i++) {
                Mention sme = ms.get(i);
                if (!money(sme) || !SME.matcher(compact(sme)).find()) {
                    continue;
                }
                Optional<Fact> bound = total.filter(t -> t.amount().unit().isMoney());
                bound.ifPresent(t -> checks.add(check(consistency, "sme", sme.amount(), t.amount(),
                        List.of(sme.provenance(file), t.source()))));
                int next = nextMoney(ms, i);
                Mention smeShare = share(ms, i, next, SHARE_OF_TOTAL);
                if (smeShare != null && bound.isPresent() && !bound.get().amount().isZero()) {
                    checks.add(FinalShares.check(ID, SME_SHARE, smeShare.amount(), sme.amount(),
                            bound.get().amount(), List.of(smeShare.provenance(file), bound.get().source()),
                            Map.of(ARG_KIND, "smeShare")));
                }
                if (next < ms.size() && SMALL.matcher(compact(ms.get(next))).find()) {
                    Mention small = ms.get(next);
                    checks.add(check(consistency, "small", small.amount(), sme.amount(),
                            List.of(small.provenance(file), sme.provenance(file))));
                    Mention smallShare = share(ms, next, nextMoney(ms, next), SHARE_OF_SME);
                    if (smallShare != null && !sme.amount().isZero()) {
                        checks.add(FinalShares.check(ID, SMALL_SHARE, smallShare.amount(), small.amount(),
                                sme.amount(), List.of(smallShare.provenance(file), sme.provenance(file)),
                                Map.of(ARG_KIND, "smallShare")));
                    }
                }
            }
        }
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(Checks.notApplicable(ID, "面向中小企业预留", "面向中小企业预留金额及政府采购预算总额", List.of()));
        }
    }

    private static String compact(Mention m) {
        return m.rawLabel().replaceAll("\\s", "");
    }

    /** Index of the next readable money figure after {@code from} (percentages skipped), or the list's size. */
    private static int nextMoney(List<Mention> ms, int from) {
        int j = from + 1;
        while (j < ms.size() && !money(ms.get(j))) {
            j++;
        }
        return j;
    }

    /**
     * The percentage stated right after the figure at {@code at} (before the next money figure) whose label names
     * the base {@code base} matches; null when there is none or its base is another.
     */
    private static Mention share(List<Mention> ms, int at, int until, Pattern base) {
        for (int j = at + 1; j < until; j++) {
            Mention m = ms.get(j);
            if (m.kind() == Mention.Kind.PERCENT && !m.unreadable()) {
                return base.matcher(compact(m)).find() ? m : null;
            }
        }
        return null;
    }

    private static boolean money(Mention m) {
        return m.kind() == Mention.Kind.VALUE && m.isMoney() && !m.unreadable() && !m.explanatory();
    }

    private static Check check(Consistency consistency, String kind, Amount part, Amount bound,
                               List<Provenance> evidence) {
        CompareResult r = consistency.lessOrEqual(part, bound);
        String subject = kind.equals("sme") ? "面向中小企业预留金额（说明文字）" : "预留给小型和微型企业的金额（说明文字）";
        return new Check(ID, r.outcome(), subject, part, r.other(), r.difference(), r.unit(), ID,
                Checks.args(ARG_KIND, kind, ARG_PART, Checks.printed(part), ARG_BOUND, Checks.printed(bound)), evidence);
    }
}
