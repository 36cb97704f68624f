package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;
import budget.audit.rules.identity.Identity;
import budget.audit.rules.identity.Resolution;
import budget.audit.rules.identity.Term;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A built-in rule's check of an {@link Identity} "total = Σ parts", one check for each origin (prose, tables) that
 * states the total. A part that is not stated makes the check NOT_APPLICABLE (missing is not 0); an unreadable
 * figure makes it INSUFFICIENT_DATA. Evidence: the total first, then every part.
 */
final class SumIdentity implements RuleBody {

    private final Identity identity;

    SumIdentity(Identity identity) {
        this.identity = identity;
    }

    @Override
    public void evaluate(String ruleId, BudgetFiling filing, RuleContext context) {
        evaluate(ruleId, filing, context, EnumSet.allOf(Fact.Origin.class));
    }

    /** Checks only the origins given (a rule may take the total from another key for one origin). */
    void evaluate(String ruleId, BudgetFiling filing, RuleContext context, Set<Fact.Origin> origins) {
        Consistency consistency = Consistency.from(context);
        boolean stated = false;
        for (Fact.Origin origin : origins) {
            Optional<Resolution> resolved = identity.resolve(filing, origin);
            if (resolved.isPresent()) {
                stated = true;
                context.report(check(ruleId, resolved.get().withinTotalsTable(), consistency));
            }
        }
        if (!stated) {
            String totalName = identity.total().name();
            context.report(Checks.notApplicable(ruleId, totalName, totalName, List.of()));
        }
    }

    private Check check(String ruleId, Resolution r, Consistency consistency) {
        String subject = Checks.subject(identity.total().name(), r.total());
        List<Fact> all = r.all();
        if (!r.unreadable().isEmpty()) {
            return Checks.unreadable(ruleId, subject, r.unreadable(), all);
        }
        if (!r.missing().isEmpty()) {
            return Checks.notApplicable(ruleId, subject, Checks.join(r.missing()), all);
        }
        if (!r.notMoney().isEmpty()) {
            return Checks.notMoney(ruleId, subject, r.notMoney(), all);
        }
        List<String> familyKeys = identity.parts().stream()
                .filter(Term.Family.class::isInstance).map(p -> ((Term.Family) p).key()).toList();
        SumResult result = r.sum(consistency);
        List<String> names = r.parts().stream().map(f -> Checks.nameOf(f, familyKeys.contains(f.key()))).toList();
        List<String> withValues = new ArrayList<>();
        for (int i = 0; i < r.parts().size(); i++) {
            withValues.add(names.get(i) + Checks.printed(r.parts().get(i).amount()));
        }
        return new Check(ruleId, result.outcome(), subject, r.total().amount(), result.computed(),
                result.difference(), result.unit(), ruleId,
                Checks.args(Checks.ARG_ORIGIN, Checks.originLabel(r.total()),
                        Checks.ARG_PART_NAMES, Checks.join(names),
                        Checks.ARG_PARTS, Checks.join(withValues)),
                Checks.evidence(all));
    }
}
