package budget.audit.rules.identity;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity "total = Σ parts", resolved separately for each origin (prose, tables) that states the total, never
 * mixing origins within one sum. The first fact of the total (the headline) counts.
 */
public record Identity(Term total, List<Term> parts) {

    public Identity {
        parts = List.copyOf(parts);
    }

    /** total = Σ parts, the total a single quantity. */
    public static Identity of(String totalKey, Term... parts) {
        return new Identity(new Term.Single(totalKey), List.of(parts));
    }

    /** The same total over other parts. */
    public Identity withTotal(String totalKey) {
        return new Identity(new Term.Single(totalKey), parts);
    }

    /** The same identity over the stated year-on-year changes (key.change). */
    public Identity changes() {
        return new Identity(total.changes(), parts.stream().map(Term::changes).toList());
    }

    /** The facts of this identity in {@code origin}; empty when the total is not stated there. */
    public Optional<Resolution> resolve(BudgetFiling filing, Fact.Origin origin) {
        List<Fact> totals = total.resolve(filing, origin);
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<Fact> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Term part : parts) {
            List<Fact> facts = part.resolve(filing, origin);
            if (facts.isEmpty() && part.required()) {
                missing.add(part.name());
            }
            found.addAll(facts);
        }
        return Optional.of(new Resolution(totals.getFirst(), found, missing));
    }
}
