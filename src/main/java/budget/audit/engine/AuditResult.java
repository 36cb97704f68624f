package budget.audit.engine;

import budget.audit.model.BudgetFiling;
import budget.audit.report.model.AuditReport;

import java.nio.file.Path;
import java.util.List;

/** One filing audited: the input, what was parsed, the report model, and the report files written. */
public record AuditResult(Path input, BudgetFiling filing, AuditReport report, List<Path> outputs, StageTimes times) {

    public AuditResult {
        outputs = List.copyOf(outputs);
    }
}
