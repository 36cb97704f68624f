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
                if (!money(sme) || !SME.matcher(sme.rawLabel().replaceAll("\\s", "")).find()) {
                    continue;
                }
                if (total.isPresent() && total.get().amount().unit().isMoney()) {
                    Fact t = total.get();
                    checks.add(check(consistency, "sme", sme.amount(), t.amount(),
                            List.of(sme.provenance(file), t.source())));
                }
                if (i + 1 < ms.size() && money(ms.get(i + 1))
                        && SMALL.matcher(ms.get(i + 1).rawLabel().replaceAll("\\s", "")).find()) {
                    Mention small = ms.get(i + 1);
                    checks.add(check(consistency, "small", small.amount(), sme.amount(),
                            List.of(small.provenance(file), sme.provenance(file))));
                }
            }
        }
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(Checks.notApplicable(ID, "面向中小企业预留", "面向中小企业预留金额及政府采购预算总额", List.of()));
        }
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
