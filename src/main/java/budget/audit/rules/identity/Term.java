package budget.audit.rules.identity;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One side of an identity (its total or an addend), and how to find its facts within one origin. */
public sealed interface Term {

    /** The Chinese name of this term in messages. */
    String name();

    /** The facts standing for this term in {@code origin}; empty when the filing does not state it there. */
    List<Fact> resolve(BudgetFiling filing, Fact.Origin origin);

    /** Whether the identity cannot be checked when this term is not stated. */
    boolean required();

    /** The same term over the stated year-on-year changes (key.change). */
    Term changes();

    /** A fact's label, "" when it has none. */
    static String label(Fact fact) {
        return fact.label() == null ? "" : fact.label();
    }

    /** A single quantity; the first statement (the headline) counts. */
    record Single(String key) implements Term {
        public String name() {
            return FactKeys.chineseName(key);
        }

        public List<Fact> resolve(BudgetFiling filing, Fact.Origin origin) {
            return first(filing, key, origin).map(List::of).orElse(List.of());
        }

        public boolean required() {
            return true;
        }

        public Term changes() {
            return new Single(FactKeys.change(key));
        }
    }

    /**
     * A family of items (one fact per label, the first statement of each label counts), or with {@code label} the
     * one item of that label.
     */
    record Family(String key, String label, boolean required) implements Term {
        public Family(String key, boolean required) {
            this(key, null, required);
        }

        public String name() {
            return label != null ? label : FactKeys.chineseName(key);
        }

        public List<Fact> resolve(BudgetFiling filing, Fact.Origin origin) {
            Map<String, Fact> byLabel = new LinkedHashMap<>();
            for (Fact fact : filing.facts(key, origin)) {
                String l = Term.label(fact);
                if (label == null || label.equals(l)) {
                    byLabel.putIfAbsent(l, fact);
                }
            }
            return List.copyOf(byLabel.values());
        }

        /** The changes of a whole family count only when complete ({@link ChangeFamily}). */
        public Term changes() {
            return label == null ? new ChangeFamily(FactKeys.change(key), required)
                    : new Family(FactKeys.change(key), label, required);
        }
    }

    /**
     * The stated changes of a family ({@code key} ends in .change): they count only when a change is stated for
     * every label the family states at level (e.g. for every 功能分类 item); a partly stated family is not a sum.
     */
    record ChangeFamily(String key, boolean required) implements Term {
        public String name() {
            return FactKeys.chineseName(key);
        }

        public List<Fact> resolve(BudgetFiling filing, Fact.Origin origin) {
            List<Fact> changes = new Family(key, required).resolve(filing, origin);
            String levelKey = key.substring(0, key.length() - FactKeys.CHANGE_SUFFIX.length());
            List<String> labels = changes.stream().map(Term::label).toList();
            boolean complete = filing.facts(levelKey, origin).stream().allMatch(f -> labels.contains(Term.label(f)));
            return changes.isEmpty() || complete ? changes : List.of();
        }

        public Term changes() {
            throw new UnsupportedOperationException("已是增减额：" + key);
        }
    }

    /** A quantity that, when not stated, may be replaced by all of its components (e.g. 购置费 + 运行费). */
    record SingleOrComponents(String key, List<String> components) implements Term {
        public SingleOrComponents {
            components = List.copyOf(components);
        }

        public String name() {
            return FactKeys.chineseName(key);
        }

        public List<Fact> resolve(BudgetFiling filing, Fact.Origin origin) {
            Optional<Fact> whole = first(filing, key, origin);
            if (whole.isPresent()) {
                return List.of(whole.get());
            }
            List<Fact> found = new ArrayList<>();
            for (String component : components) {
                Optional<Fact> fact = first(filing, component, origin);
                if (fact.isEmpty()) {
                    return List.of();
                }
                found.add(fact.get());
            }
            return List.copyOf(found);
        }

        public boolean required() {
            return true;
        }

        public Term changes() {
            return new SingleOrComponents(FactKeys.change(key), components.stream().map(FactKeys::change).toList());
        }
    }

    /** Only the first of the facts of {@code term} (the other side of a comparison is one figure). */
    record First(Term term) implements Term {
        public String name() {
            return term.name();
        }

        public List<Fact> resolve(BudgetFiling filing, Fact.Origin origin) {
            return term.resolve(filing, origin).stream().limit(1).toList();
        }

        public boolean required() {
            return term.required();
        }

        public Term changes() {
            return new First(term.changes());
        }
    }

    private static Optional<Fact> first(BudgetFiling filing, String key, Fact.Origin origin) {
        return filing.facts(key, origin).stream().findFirst();
    }
}
