package budget.audit.engine;

import budget.audit.report.Renderers;
import budget.audit.report.TemplateEngine;
import budget.audit.rules.RuleCatalogue;

import java.util.List;

/** Builds the audit pipeline for a set of settings. */
public final class Pipeline {

    private Pipeline() {
    }

    public static AuditRun create(AuditSettings settings) {
        TemplateEngine templates = TemplateEngine.of(settings.templatesDir());
        Renderers renderers = Renderers.standard(templates, settings.pdfa());
        List<String> unknown = settings.formats().stream().filter(f -> renderers.find(f).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("未知的报告格式：" + String.join("、", unknown) + "（可用：pdf、xlsx、json）");
        }
        FilingAuditor auditor = new FilingAuditor(settings, RuleCatalogue.builtIn(), templates);
        return new AuditRun(auditor, new ReportWriter(renderers), settings);
    }
}
