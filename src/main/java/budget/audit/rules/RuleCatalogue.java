package budget.audit.rules;

import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.impl.BuiltInRules;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule catalogue: each rule's metadata ({@link RuleSpec}, from YAML) bound by id to its {@link Rule} class.
 * Order is the YAML order. Every YAML id must have exactly one rule and every rule a YAML entry.
 */
public final class RuleCatalogue {

    /** Classpath location of the built-in catalogue. */
    public static final String BUILT_IN_RESOURCE = "/budget/audit/rules/catalogue.yaml";

    /** The allowed categories (类别). */
    public static final Set<String> CATEGORIES = Set.of("表内", "表间", "表文", "文内", "完整性", "合理性");

    private final Map<String, RuleSpec> specs;
    private final Map<String, Rule> rules;

    private RuleCatalogue(Map<String, RuleSpec> specs, Map<String, Rule> rules) {
        this.specs = specs;
        this.rules = rules;
    }

    /** The built-in catalogue with every built-in rule. */
    public static RuleCatalogue builtIn() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
            }
            return load(in, BuiltInRules.all());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a catalogue YAML ({@code rules: [{id, title, category, severity, description, basis, example}]}) and
     * binds it to {@code rules}.
     *
     * @throws IllegalStateException when the YAML and the rules do not match one to one, or an entry is incomplete
     */
    public static RuleCatalogue load(InputStream yaml, List<Rule> rules) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        CatalogueFile file = mapper.readValue(yaml, CatalogueFile.class);
        Map<String, RuleSpec> specs = new LinkedHashMap<>();
        for (RuleSpec spec : file.rules()) {
            validate(spec);
            if (specs.putIfAbsent(spec.id(), spec) != null) {
                throw new IllegalStateException("duplicate rule id in catalogue: " + spec.id());
            }
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (!specs.containsKey(rule.id())) {
                throw new IllegalStateException("rule " + rule.id() + " has no catalogue entry");
            }
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules with id " + rule.id());
            }
        }
        List<String> unbound = new ArrayList<>(specs.keySet());
        unbound.removeAll(byId.keySet());
        if (!unbound.isEmpty()) {
            throw new IllegalStateException("catalogue entries without a rule: " + unbound);
        }
        return new RuleCatalogue(specs, byId);
    }

    /**
     * A catalogue from specs and rules already in memory (e.g. the built-in catalogue adjusted by a rules file).
     *
     * @throws IllegalStateException when specs and rules do not match one to one, or a spec is incomplete
     */
    public static RuleCatalogue of(List<RuleSpec> specList, List<Rule> ruleList) {
        Map<String, RuleSpec> specs = new LinkedHashMap<>();
        for (RuleSpec spec : specList) {
            validate(spec);
            if (specs.putIfAbsent(spec.id(), spec) != null) {
                throw new IllegalStateException("duplicate rule id in catalogue: " + spec.id());
            }
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : ruleList) {
            if (!specs.containsKey(rule.id()) || byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("rule " + rule.id() + " has no catalogue entry or is given twice");
            }
        }
        if (!byId.keySet().equals(specs.keySet())) {
            throw new IllegalStateException("catalogue entries without a rule");
        }
        return new RuleCatalogue(specs, byId);
    }

    private static void validate(RuleSpec spec) {
        if (spec.id() == null || spec.title() == null || spec.category() == null || spec.severity() == null
                || spec.description() == null || spec.basis() == null || spec.example() == null) {
            throw new IllegalStateException("incomplete catalogue entry: " + spec);
        }
        if (!CATEGORIES.contains(spec.category())) {
            throw new IllegalStateException("unknown category " + spec.category() + " for " + spec.id());
        }
    }

    /** Every rule's metadata, in catalogue order. */
    public List<RuleSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** The metadata of rule {@code id}; throws IllegalArgumentException when unknown. */
    public RuleSpec spec(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule " + id));
    }

    public Optional<RuleSpec> find(String id) {
        return Optional.ofNullable(specs.get(id));
    }

    /** Every rule, in catalogue order. */
    public List<Rule> rules() {
        return specs.keySet().stream().map(rules::get).toList();
    }

    /** The rule with this id; throws IllegalArgumentException when unknown. */
    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return rule;
    }

    private record CatalogueFile(List<RuleSpec> rules) {
        CatalogueFile {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }
}
