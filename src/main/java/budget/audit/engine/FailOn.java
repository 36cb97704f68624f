package budget.audit.engine;

import budget.audit.report.model.AuditReport;

/** Which findings make the exit code 1. */
public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    public boolean failsOn(AuditReport.Summary summary) {
        return switch (this) {
            case ERROR -> summary.errors() > 0;
            case WARNING -> summary.errors() > 0 || summary.warnings() > 0;
            case NEVER -> false;
        };
    }
}
