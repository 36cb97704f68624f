package budget.audit.cli;

import budget.audit.engine.AuditSettings;
import budget.audit.report.SourceRenderer;
import budget.audit.report.TemplateEngine;
import budget.audit.report.annotated.AnnotatedPdf;
import budget.audit.report.model.AuditReport;

import java.util.function.Function;

/**
 * The one line said when a format made from the source itself (annotated) was asked for explicitly and the input
 * is not a PDF. By default annotated applies to PDF inputs only and says nothing for the others.
 */
final class SourceFormatNotes {

    private SourceFormatNotes() {
    }

    static Function<AuditReport, String> of(boolean formatsGiven, AuditSettings settings) {
        if (!formatsGiven || !settings.formats().contains(AnnotatedPdf.FORMAT)) {
            return r -> null;
        }
        SourceRenderer annotated = new AnnotatedPdf(TemplateEngine.of(settings.templatesDir()));
        return report -> report.sources().stream().anyMatch(annotated::accepts) ? null
                : annotated.skipReason(report.sources().isEmpty() ? null : report.sources().getFirst());
    }
}
