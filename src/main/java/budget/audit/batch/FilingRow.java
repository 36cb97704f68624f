package budget.audit.batch;

import budget.audit.report.model.AuditReport;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small summary of one audited filing that a batch keeps (never the whole report): counts, each rule's
 * outcome, its findings, and the names of its report files.
 *
 * @param file         the input's path under its root folder ("/" separators)
 * @param sha256       the input's SHA-256
 * @param department   部门 / 单位, or null when not recognized
 * @param year         budget year, or null
 * @param kind         部门预算 / 单位预算, or null
 * @param verdict      通过 / 有警告 / 有错误 (as in the report)
 * @param errors       findings of severity ERROR
 * @param warnings     findings of severity WARNING
 * @param infos        findings of severity INFO
 * @param roundings    checks consistent only within rounding (尾差)
 * @param outcomes     rule id → outcome (PASS, FAIL ...), in catalogue order
 * @param failedRules  ids of rules whose outcome is FAIL
 * @param reports      report files, relative to the batch output folder
 * @param findings     every finding of the report
 * @param ruleErrors   ids of rules that failed internally on this filing (INTERNAL_ERROR: not checked)
 */
@JsonPropertyOrder({"file", "sha256", "department", "year", "kind", "verdict", "errors", "warnings", "infos",
        "roundings", "failedRules", "outcomes", "reports", "findings", "ruleErrors"})
public record FilingRow(String file, String sha256, String department, Integer year, String kind, String verdict,
                        int errors, int warnings, int infos, int roundings, Map<String, String> outcomes,
                        List<String> failedRules, List<String> reports, List<FindingRow> findings,
                        List<String> ruleErrors) {

    public FilingRow {
        outcomes = outcomes == null ? Map.of() : new LinkedHashMap<>(outcomes);
        failedRules = failedRules == null ? List.of() : List.copyOf(failedRules);
        reports = reports == null ? List.of() : List.copyOf(reports);
        findings = findings == null ? List.of() : List.copyOf(findings);
        ruleErrors = ruleErrors == null ? List.of() : List.copyOf(ruleErrors);
    }

    /** A row on which no rule failed internally. */
    public FilingRow(String file, String sha256, String department, Integer year, String kind, String verdict,
                     int errors, int warnings, int infos, int roundings, Map<String, String> outcomes,
                     List<String> failedRules, List<String> reports, List<FindingRow> findings) {
        this(file, sha256, department, year, kind, verdict, errors, warnings, infos, roundings, outcomes, failedRules,
                reports, findings, List.of());
    }

    public static FilingRow from(String file, AuditReport report, List<String> reports) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        List<String> ruleErrors = new ArrayList<>();
        for (AuditReport.RuleResult r : report.rules()) {
            outcomes.put(r.id(), r.outcome());
            if ("FAIL".equals(r.outcome())) {
                failed.add(r.id());
            }
            if ("INTERNAL_ERROR".equals(r.outcome())) {
                ruleErrors.add(r.id());
            }
        }
        List<FindingRow> findings = report.findings().stream().map(FindingRow::from).toList();
        AuditReport.Summary s = report.summary();
        AuditReport.FilingInfo f = report.filing();
        return new FilingRow(file, report.source() == null ? null : report.source().sha256(),
                f == null ? null : f.department(), f == null ? null : f.year(), f == null ? null : f.kind(),
                s.verdict(), s.errors(), s.warnings(), s.infos(), s.roundings(), outcomes, failed, reports, findings,
                ruleErrors);
    }

    /** The report summary these counts came from (to apply --fail-on). */
    public AuditReport.Summary summary() {
        return new AuditReport.Summary(errors, warnings, infos, roundings, verdict);
    }
}
