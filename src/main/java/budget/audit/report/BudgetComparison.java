package budget.audit.report;

import budget.audit.report.model.AuditReport;
import budget.audit.rules.api.Check;

import java.util.List;

/**
 * What a 决算 was compared with ({@code audit --budget}, JS011): the published 部门预算's file, what it was read as,
 * whether the two were compared, and the checks the comparison made (they are also among the report's checks). The
 * report writes it as {@code comparedBudget}.
 *
 * @param source       the budget file (sha256, format and encoding null when it could not be read)
 * @param department   the budget's department as read, or null
 * @param year         the budget's year, or null
 * @param documentKind the budget file's kind (BUDGET / FINAL_ACCOUNTS / OTHER), or null when not read
 * @param status       compared, not paired (another kind, department or year) or not readable
 * @param checks       the JS011 checks (one NOT_APPLICABLE check saying why when not compared)
 */
public record BudgetComparison(AuditReport.SourceInfo source, String department, Integer year, String documentKind,
                               Status status, List<Check> checks) {

    public BudgetComparison {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Whether the two filings were compared. */
    public enum Status {
        /** Both read, of one department and year: the figures were compared. */
        COMPARED,
        /** Read, but not a 部门预算, or of another department or year: not compared. */
        NOT_PAIRED,
        /** The budget file could not be read. */
        UNREADABLE
    }
}
