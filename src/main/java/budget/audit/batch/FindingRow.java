package budget.audit.batch;

import budget.audit.report.model.AuditReport;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One finding as the batch summary lists it (the report's finding without its evidence list, plus a location). */
@JsonPropertyOrder({"rule", "title", "severity", "outcome", "subject", "message", "stated", "computed", "difference",
        "unit", "line", "page"})
public record FindingRow(String rule, String title, String severity, String outcome, String subject, String message,
                         String stated, String computed, String difference, String unit, Integer line, Integer page) {

    static FindingRow from(AuditReport.FindingEntry f) {
        Integer line = null;
        Integer page = null;
        if (f.evidence() != null && !f.evidence().isEmpty()) {
            line = f.evidence().get(0).line();
            page = f.evidence().get(0).page();
        }
        return new FindingRow(f.rule(), f.title(), f.severity(), f.outcome(), f.subject(), f.message(), f.stated(),
                f.computed(), f.difference(), f.unit(), line, page);
    }
}
