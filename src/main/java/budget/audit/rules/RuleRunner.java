package budget.audit.rules;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.api.RuleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule of a catalogue on a filing, each with a fresh {@link RuleContext}, and collects the checks in
 * catalogue order. A rule that throws yields one INSUFFICIENT_DATA check (never a crash); a rule that reports
 * nothing yields one NOT_APPLICABLE check, so every rule has at least one check.
 */
public final class RuleRunner {

    /** Template arg set on the INSUFFICIENT_DATA check of a rule that failed internally. */
    public static final String ARG_REASON = "reason";

    static final String INTERNAL_ERROR_REASON = "规则执行时发生内部错误，未能完成核对";

    private final Map<String, String> params;
    private final Map<String, Map<String, String>> ruleParams;

    /** A runner with default parameters (tolerance mode ROUND_HALF). */
    public RuleRunner() {
        this(Map.of());
    }

    /** A runner passing {@code params} to every rule (e.g. {@code rounding=TRUNCATION}). */
    public RuleRunner(Map<String, String> params) {
        this(params, Map.of());
    }

    /** A runner passing {@code params} to every rule, overridden per rule id by {@code ruleParams}. */
    public RuleRunner(Map<String, String> params, Map<String, Map<String, String>> ruleParams) {
        this.params = Map.copyOf(params);
        this.ruleParams = Map.copyOf(ruleParams);
    }

    public List<Check> run(BudgetFiling filing, RuleCatalogue catalogue) {
        List<Check> checks = new ArrayList<>();
        for (RuleSpec spec : catalogue.specs()) {
            checks.addAll(runOne(filing, spec, catalogue.rule(spec.id())));
        }
        return List.copyOf(checks);
    }

    private List<Check> runOne(BudgetFiling filing, RuleSpec spec, Rule rule) {
        Map<String, String> merged = new java.util.HashMap<>(params);
        merged.putAll(ruleParams.getOrDefault(spec.id(), Map.of()));
        RuleContext context = new RuleContext(spec.id(), merged);
        try {
            rule.evaluate(filing, context);
        } catch (RuntimeException e) {
            return List.of(placeholder(spec, Outcome.INSUFFICIENT_DATA, INTERNAL_ERROR_REASON));
        }
        List<Check> checks = context.checks();
        return checks.isEmpty() ? List.of(placeholder(spec, Outcome.NOT_APPLICABLE, null)) : checks;
    }

    private static Check placeholder(RuleSpec spec, Outcome outcome, String reason) {
        Map<String, Object> args = reason == null ? Map.of() : Map.of(ARG_REASON, reason);
        return new Check(spec.id(), outcome, spec.title(), null, null, null, null, spec.id(), args, List.of());
    }
}
