package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.identity.Identity;
import budget.audit.rules.identity.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * UN001: an amount printed in 元 where the context says 万元 (or the reverse). A prose identity (total = Σ parts, for
 * levels and for stated changes) that fails as printed but holds once one figure's unit is read as the other unit
 * points at that figure.
 */
public final class Un001UnitSlip implements Rule {

    public static final String ID = "UN001";

    static final String ARG_PRINTED = "printed";
    static final String ARG_INTENDED = "intended";
    static final String ARG_TOTAL = "total";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        List<Identity> identities = new ArrayList<>();
        for (Identity level : Identities.LEVELS) {
            identities.add(level);
            identities.add(level.changes());
        }
        int checked = 0;
        List<Fact> reported = new ArrayList<>();
        for (Identity identity : identities) {
            Optional<Resolution> resolved = identity.resolve(filing, Fact.Origin.PROSE).filter(Resolution::checkable);
            if (resolved.isEmpty()) {
                continue;
            }
            checked++;
            Resolution r = resolved.get();
            OptionalInt slip = UnitSlips.explainingPart(consistency, r.total().amount(), r.partAmounts());
            if (slip.isEmpty() || reported.contains(r.parts().get(slip.getAsInt()))) {
                continue;
            }
            Fact part = r.parts().get(slip.getAsInt());
            Unit other = UnitSlips.swapped(part.amount().unit());
            reported.add(part);
            context.report(new Check(ID, Outcome.FAIL, ChangeChecks.name(part) + "（说明文字）",
                    part.amount(), null, null, part.amount().unit(), ID,
                    Checks.args(ARG_PRINTED, Checks.printed(part.amount()),
                            ARG_INTENDED, part.amount().printed() + other.symbol(),
                            ARG_TOTAL, ChangeChecks.name(r.total()) + Checks.printed(r.total().amount())),
                    Checks.evidence(r.all())));
        }
        if (reported.isEmpty()) {
            context.report(checked == 0
                    ? Checks.notApplicable(ID, "金额单位", "可相互核对的合计与分项", List.of())
                    : new Check(ID, Outcome.PASS, "金额单位", null, null, null, null, ID,
                    Checks.args(ARG_TOTAL, checked + "组合计与分项"), List.of()));
        }
    }
}
