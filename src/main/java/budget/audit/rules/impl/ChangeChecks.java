package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.identity.Identity;
import budget.audit.rules.identity.Resolution;
import budget.audit.rules.identity.Term;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Checks of stated year-on-year changes: the change of a total = Σ the changes of its parts, and, where the previous
 * year's figure is stated, change = this year − last year. Template arg {@code kind} is "sum" or "previous".
 */
final class ChangeChecks {

    static final String ARG_KIND = "kind";
    static final String ARG_PREVIOUS = "previous";
    static final String ARG_CURRENT = "current";

    private ChangeChecks() {
    }

    /** Reports one check per identity whose total change is stated; returns how many were reported. */
    static int sums(String ruleId, BudgetFiling filing, RuleContext context, List<Identity> identities) {
        Consistency consistency = Consistency.from(context);
        int reported = 0;
        for (Identity identity : identities) {
            Optional<Resolution> resolved = identity.resolve(filing, Fact.Origin.PROSE).filter(Resolution::checkable);
            if (resolved.isEmpty()) {
                continue;
            }
            Resolution r = resolved.get();
            OptionalInt slip = UnitSlips.explainingPart(consistency, r.total().amount(), r.partAmounts());
            if (slip.isPresent()) {
                // one figure's unit is a slip (UN001 reports it): the sum as printed is not evidence of another error
                Fact part = r.parts().get(slip.getAsInt());
                context.report(Checks.insufficient(ruleId, Checks.subject(name(r.total()), r.total()),
                        name(part) + "印为" + Checks.printed(part.amount()) + "，单位疑为笔误（见UN001），无法据此核对",
                        r.all()));
                reported++;
                continue;
            }
            SumResult result = r.sum(consistency);
            List<String> withValues = new ArrayList<>();
            for (Fact part : r.parts()) {
                withValues.add(name(part) + Checks.printed(part.amount()));
            }
            context.report(new Check(ruleId, result.outcome(), Checks.subject(name(r.total()), r.total()),
                    r.total().amount(), result.computed(), result.difference(), result.unit(), ruleId,
                    Checks.args(ARG_KIND, "sum", Checks.ARG_ORIGIN, Checks.originLabel(r.total()),
                            Checks.ARG_PARTS, Checks.join(withValues)),
                    Checks.evidence(r.all())));
            reported++;
        }
        return reported;
    }

    /** change = value − previous for every stated previous-year figure whose key passes {@code keys}. */
    static int previous(String ruleId, BudgetFiling filing, RuleContext context, Predicate<String> keys) {
        Consistency consistency = Consistency.from(context);
        int reported = 0;
        for (Fact prev : filing.facts()) {
            if (prev.origin() != Fact.Origin.PROSE || !prev.key().endsWith(FactKeys.PREVIOUS_SUFFIX)
                    || !prev.readable()) {
                continue;
            }
            String key = prev.key().substring(0, prev.key().length() - FactKeys.PREVIOUS_SUFFIX.length());
            if (!keys.test(key)) {
                continue;
            }
            Optional<Fact> value = sameLabel(filing, key, prev);
            Optional<Fact> change = sameLabel(filing, FactKeys.change(key), prev);
            if (value.isEmpty() || change.isEmpty() || !change.get().readable() || !value.get().readable()) {
                continue;
            }
            Amount v = value.get().amount();
            Amount p = prev.amount();
            if (!v.unit().isMoney() || !p.unit().isMoney() || !change.get().amount().unit().isMoney()) {
                continue;
            }
            SumResult result = consistency.sum(change.get().amount(),
                    List.of(v, new Amount(p.value().negate(), p.unit())));
            context.report(new Check(ruleId, result.outcome(), Checks.subject(name(change.get()), change.get()),
                    change.get().amount(), result.computed(), result.difference(), result.unit(), ruleId,
                    Checks.args(ARG_KIND, "previous", Checks.ARG_ORIGIN, Checks.originLabel(change.get()),
                            ARG_CURRENT, Checks.printed(v), ARG_PREVIOUS, Checks.printed(p)),
                    Checks.evidence(List.of(change.get(), value.get(), prev))));
            reported++;
        }
        return reported;
    }

    private static Optional<Fact> sameLabel(BudgetFiling filing, String key, Fact like) {
        return filing.facts(key, Fact.Origin.PROSE).stream()
                .filter(f -> Term.label(f).equals(Term.label(like))).findFirst();
    }

    /** "社会保障和就业支出比上年增减" for family items, the key's Chinese name otherwise. */
    static String name(Fact fact) {
        String key = fact.key();
        String base = key.endsWith(FactKeys.CHANGE_SUFFIX)
                ? key.substring(0, key.length() - FactKeys.CHANGE_SUFFIX.length()) : key;
        boolean family = List.of(FactKeys.INCOME_SOURCE, FactKeys.FUNCTION_CLASS, FactKeys.GENERAL_FUNCTION_CLASS,
                FactKeys.JY_ITEM, FactKeys.EXPENDITURE_OTHER_KIND).contains(base);
        if (family && fact.label() != null && !fact.label().isBlank()) {
            return fact.label() + (key.endsWith(FactKeys.CHANGE_SUFFIX) ? "比上年增减" : "");
        }
        return FactKeys.chineseName(key);
    }
}
