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
 * catalogue order. A rule that throws yields one INTERNAL_ERROR check (never a crash, never mistaken for missing
 * data: it is shown as a finding and makes the run exit non-zero); a rule that reports
 * nothing yields one NOT_APPLICABLE check, so every rule has at least one check.
 *
 * <p>Fail closed: before the rules run, {@link TableTrust} judges once whether each table's reading holds up
 * against its own identities; afterwards every check resting on a table it does not trust is set aside as
 * NOT_APPLICABLE (one misread table never becomes a page of findings). The rules themselves know nothing of it.
 */
public final class RuleRunner {

    /** Template arg set on the INTERNAL_ERROR check of a rule that failed internally. */
    public static final String ARG_REASON = "reason";

    /** Template arg naming the exception of a rule that failed internally (type and message). */
    public static final String ARG_ERROR = "error";

    /** Message template of an INTERNAL_ERROR check (templates/messages/_internal.ftl). */
    public static final String INTERNAL_ERROR_TEMPLATE = "_internal";

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

    /** The checks of every rule, those resting on an untrusted table set aside (see {@link #audit}). */
    public List<Check> run(BudgetFiling filing, RuleCatalogue catalogue) {
        return audit(filing, catalogue).checks();
    }

    /** Runs the catalogue and gates its checks with the filing's {@link TableTrust}, returned with them. */
    public RuleRun audit(BudgetFiling filing, RuleCatalogue catalogue) {
        TableTrust trust = TableTrust.of(filing, params);
        List<Check> checks = new ArrayList<>();
        for (RuleSpec spec : catalogue.specs()) {
            budget.audit.model.Interruption.check();
            checks.addAll(runOne(filing, spec, catalogue.rule(spec.id())));
        }
        return new RuleRun(trust.gate(List.copyOf(checks)), trust);
    }

    /** The checks of one filing (gated) and the table trust they were gated with. */
    public record RuleRun(List<Check> checks, TableTrust trust) {
        public RuleRun {
            checks = List.copyOf(checks);
        }
    }

    private List<Check> runOne(BudgetFiling filing, RuleSpec spec, Rule rule) {
        Map<String, String> merged = new java.util.HashMap<>(params);
        merged.putAll(ruleParams.getOrDefault(spec.id(), Map.of()));
        RuleContext context = new RuleContext(spec.id(), merged);
        try {
            rule.evaluate(filing, context);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(internalError(spec, e));
        }
        List<Check> checks = context.checks();
        return checks.isEmpty() ? List.of(placeholder(spec, Outcome.NOT_APPLICABLE, null)) : checks;
    }

    private static Check internalError(RuleSpec spec, Throwable e) {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage());
        return new Check(spec.id(), Outcome.INTERNAL_ERROR, spec.title(), null, null, null, null,
                INTERNAL_ERROR_TEMPLATE, Map.of(ARG_REASON, INTERNAL_ERROR_REASON, ARG_ERROR, error), List.of());
    }

    private static Check placeholder(RuleSpec spec, Outcome outcome, String reason) {
        Map<String, Object> args = reason == null ? Map.of() : Map.of(ARG_REASON, reason);
        return new Check(spec.id(), outcome, spec.title(), null, null, null, null, spec.id(), args, List.of());
    }
}
