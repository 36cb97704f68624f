package budget.audit.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One 预算–决算 pair of a batch (the same department and year) and what comparing them found (JS011), or a
 * group that could not be paired, with the reason.
 *
 * @param department the department as the 决算 names it
 * @param year       the year of both filings
 * @param budgetFile the 部门预算's file under its root folder ("、"-joined when several: not paired)
 * @param finalFile  the 部门决算's file ("、"-joined when several)
 * @param outcome    FAIL (a figure differs), PASS (every compared figure agrees, within rounding), NOT_APPLICABLE
 *                   (no figure could be compared, or the pair is ambiguous)
 * @param verdict    the outcome in Chinese: 不一致 / 一致 / 未核对
 * @param reason     why the pair was not compared (NOT_APPLICABLE), else null
 * @param compared   figures compared
 * @param differing  figures that differ beyond rounding (each an ERROR finding)
 * @param notChecked figures listed but not compared (meaning not certain, no counterpart)
 * @param figures    every figure of the 决算 considered, with the outcome
 */
@JsonPropertyOrder({"department", "year", "budgetFile", "finalFile", "outcome", "verdict", "reason", "compared",
        "differing", "notChecked", "figures"})
public record CrossCheckRow(String department, Integer year, String budgetFile, String finalFile, String outcome,
                            String verdict, String reason, int compared, int differing, int notChecked,
                            List<Figure> figures) {

    public CrossCheckRow {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /**
     * One figure of the pair.
     *
     * @param rule        JS011
     * @param title       the rule's title
     * @param severity    the finding's severity when the figures differ (ERROR), else null
     * @param outcome     PASS / ROUNDING / FAIL / NOT_APPLICABLE
     * @param subject     the figure compared (item and measure)
     * @param message     the message, in Chinese
     * @param finalValue  the 决算's figure as printed, with unit
     * @param budgetValue the 预算's figure as printed, with unit, or null when none
     * @param difference  决算 − 预算, in the 决算 figure's unit, or null
     * @param unit        that unit, or null
     * @param finalAt     where the 决算 figure was read (page or line, table, row, column)
     * @param budgetAt    where the 预算 figure was read, or null
     */
    @JsonPropertyOrder({"rule", "title", "severity", "outcome", "subject", "message", "finalValue", "budgetValue",
            "difference", "unit", "finalAt", "budgetAt"})
    public record Figure(String rule, String title, String severity, String outcome, String subject, String message,
                         String finalValue, String budgetValue, String difference, String unit, String finalAt,
                         String budgetAt) {
    }
}
