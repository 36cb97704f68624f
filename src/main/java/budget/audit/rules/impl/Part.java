package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One addend of an identity "total = Σ parts", and how to find its facts within one origin. */
sealed interface Part {

    /** The Chinese name of this part in messages. */
    String name();

    /** The facts standing for this part in {@code origin}; empty when the filing does not state it there. */
    Optional<List<Fact>> resolve(BudgetFiling filing, Fact.Origin origin);

    /** Whether the identity cannot be checked when this part is not stated. */
    boolean required();

    /** A single quantity; the first statement (the headline) counts. */
    record Single(String key) implements Part {
        public String name() {
            return FactKeys.chineseName(key);
        }

        public Optional<List<Fact>> resolve(BudgetFiling filing, Fact.Origin origin) {
            return first(filing, key, origin).map(List::of);
        }

        public boolean required() {
            return true;
        }
    }

    /** A family of items (one fact per label); the first statement of each label counts. */
    record Family(String key, boolean required) implements Part {
        public String name() {
            return FactKeys.chineseName(key);
        }

        public Optional<List<Fact>> resolve(BudgetFiling filing, Fact.Origin origin) {
            Map<String, Fact> byLabel = new LinkedHashMap<>();
            for (Fact fact : filing.facts(key, origin)) {
                byLabel.putIfAbsent(fact.label() == null ? "" : fact.label(), fact);
            }
            return byLabel.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(byLabel.values()));
        }
    }

    /** A quantity that, when not stated, may be replaced by all of its components (e.g. 购置费 + 运行费). */
    record SingleOrComponents(String key, List<String> components) implements Part {
        public String name() {
            return FactKeys.chineseName(key);
        }

        public Optional<List<Fact>> resolve(BudgetFiling filing, Fact.Origin origin) {
            Optional<Fact> whole = first(filing, key, origin);
            if (whole.isPresent()) {
                return whole.map(List::of);
            }
            List<Fact> found = new ArrayList<>();
            for (String component : components) {
                Optional<Fact> fact = first(filing, component, origin);
                if (fact.isEmpty()) {
                    return Optional.empty();
                }
                found.add(fact.get());
            }
            return Optional.of(List.copyOf(found));
        }

        public boolean required() {
            return true;
        }
    }

    private static Optional<Fact> first(BudgetFiling filing, String key, Fact.Origin origin) {
        return filing.facts(key, origin).stream().findFirst();
    }
}
