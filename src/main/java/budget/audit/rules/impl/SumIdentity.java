package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity "total = Σ parts", checked separately for each origin (prose, tables) that states the total, never
 * mixing origins within one sum. The first statement of the total (the headline) counts. A part that is not stated
 * makes the check NOT_APPLICABLE (missing is not 0); an unreadable figure makes it INSUFFICIENT_DATA.
 * Evidence: the total first, then every part.
 */
final class SumIdentity implements RuleBody {

    private final String totalKey;
    private final List<Part> parts;

    SumIdentity(String totalKey, List<Part> parts) {
        this.totalKey = totalKey;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void evaluate(String ruleId, BudgetFiling filing, RuleContext context) {
        evaluate(ruleId, filing, context, java.util.EnumSet.allOf(Fact.Origin.class));
    }

    /** Checks only the origins given (a rule may take the total from another key for one origin). */
    void evaluate(String ruleId, BudgetFiling filing, RuleContext context, java.util.Set<Fact.Origin> origins) {
        Consistency consistency = Consistency.from(context);
        String totalName = FactKeys.chineseName(totalKey);
        boolean stated = false;
        for (Fact.Origin origin : origins) {
            Optional<Fact> total = filing.facts(totalKey, origin).stream().findFirst();
            if (total.isPresent()) {
                stated = true;
                context.report(check(ruleId, filing, total.get(), consistency));
            }
        }
        if (!stated) {
            context.report(Checks.notApplicable(ruleId, totalName, totalName, List.of()));
        }
    }

    private Check check(String ruleId, BudgetFiling filing, Fact total, Consistency consistency) {
        String subject = Checks.subject(FactKeys.chineseName(totalKey), total);
        List<Fact> partFacts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> familyKeys = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Part.Family family) {
                familyKeys.add(family.key());
            }
            Optional<List<Fact>> found = part.resolve(filing, total.origin());
            if (found.isPresent()) {
                partFacts.addAll(found.get());
            } else if (part.required()) {
                missing.add(part.name());
            }
        }
        if (total.origin() == Fact.Origin.TABLE && total.source() != null && total.source().table() != null) {
            // a table's total is the sum of that table's parts: the same sources read from another table are not
            // further parts (收支总表 and 收入总表 both list the income sources)
            String table = total.source().table();
            List<Fact> same = partFacts.stream().filter(f -> f.source() != null && table.equals(f.source().table()))
                    .toList();
            if (!same.isEmpty()) {
                partFacts = new ArrayList<>(same);
            }
        }
        List<Fact> all = new ArrayList<>();
        all.add(total);
        all.addAll(partFacts);

        List<Fact> unreadable = Checks.unreadable(all);
        if (!unreadable.isEmpty()) {
            return Checks.unreadable(ruleId, subject, unreadable, all);
        }
        if (!missing.isEmpty()) {
            return Checks.notApplicable(ruleId, subject, Checks.join(missing), all);
        }
        List<Fact> notMoney = Checks.notMoney(all);
        if (!notMoney.isEmpty()) {
            return Checks.notMoney(ruleId, subject, notMoney, all);
        }

        List<Amount> amounts = partFacts.stream().map(Fact::amount).toList();
        SumResult result = consistency.sum(total.amount(), amounts);
        List<String> names = partFacts.stream().map(f -> Checks.nameOf(f, familyKeys.contains(f.key()))).toList();
        List<String> withValues = new ArrayList<>();
        for (int i = 0; i < partFacts.size(); i++) {
            withValues.add(names.get(i) + Checks.printed(partFacts.get(i).amount()));
        }
        return new Check(ruleId, result.outcome(), subject, total.amount(), result.computed(), result.difference(),
                result.unit(), ruleId,
                Checks.args(Checks.ARG_ORIGIN, Checks.originLabel(total),
                        Checks.ARG_PART_NAMES, Checks.join(names),
                        Checks.ARG_PARTS, Checks.join(withValues)),
                Checks.evidence(all));
    }
}
