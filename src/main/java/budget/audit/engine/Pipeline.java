package budget.audit.engine;

import budget.audit.report.Renderers;
import budget.audit.report.TemplateEngine;
import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.RuleRunner;
import budget.audit.rules.config.RulesFile;

import java.util.List;

/** Builds the audit pipeline for a set of settings. */
public final class Pipeline {

    private Pipeline() {
    }

    public static AuditRun create(AuditSettings settings) {
        return create(settings, TimeBudget.standard());
    }

    /** The pipeline giving each file at most {@code budget} (CLI {@code --timeout}). */
    public static AuditRun create(AuditSettings settings, TimeBudget budget) {
        TemplateEngine templates;
        try {
            templates = TemplateEngine.of(settings.templatesDir());
        } catch (TemplateEngine.TemplateFailure e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Renderers renderers = Renderers.standard(templates, settings.pdfa());
        List<String> unknown = settings.formats().stream().filter(f -> !renderers.knows(f)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("未知的报告格式：" + String.join("、", unknown) + "（可用："
                    + String.join("、", renderers.formats()) + "）");
        }
        RuleCatalogue catalogue = RuleCatalogue.builtIn();
        RuleRunner runner = new RuleRunner();
        if (settings.rulesFile() != null) {
            RulesFile rules = RulesFile.load(settings.rulesFile());
            catalogue = rules.apply(catalogue);
            runner = new RuleRunner(rules.params(), rules.ruleParams());
        }
        FilingAuditor auditor = new FilingAuditor(settings, catalogue, templates, runner);
        return new AuditRun(auditor, new ReportWriter(renderers), settings, budget);
    }
}
