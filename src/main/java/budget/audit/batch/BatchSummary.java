package budget.audit.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The overview of a batch (summary.json; also the model of 汇总.xlsx and 汇总.pdf).
 *
 * @param tool        tool name and version
 * @param generatedOn the report date (ISO)
 * @param totals      counts over the batch
 * @param verdicts    verdict → number of filings (通过 / 有警告 / 有错误), in that order
 * @param rules       per rule, in catalogue order
 * @param filings     one row per audited filing, sorted by file
 * @param inputErrors files that could not be audited, sorted by file
 * @param crossChecks the 部门预算 and 部门决算 of one department and year found together, compared (JS011)
 */
@JsonPropertyOrder({"tool", "generatedOn", "totals", "verdicts", "rules", "filings", "inputErrors", "crossChecks"})
public record BatchSummary(Tool tool, String generatedOn, Totals totals, Map<String, Integer> verdicts,
                           List<RuleStat> rules, List<FilingRow> filings, List<InputErrorRow> inputErrors,
                           List<CrossCheckRow> crossChecks) {

    public BatchSummary {
        crossChecks = crossChecks == null ? List.of() : List.copyOf(crossChecks);
    }

    /** A batch without 预算–决算 pairs. */
    public BatchSummary(Tool tool, String generatedOn, Totals totals, Map<String, Integer> verdicts,
                        List<RuleStat> rules, List<FilingRow> filings, List<InputErrorRow> inputErrors) {
        this(tool, generatedOn, totals, verdicts, rules, filings, inputErrors, List.of());
    }

    @JsonPropertyOrder({"name", "version"})
    public record Tool(String name, String version) {
    }

    /**
     * @param files       files found
     * @param audited     filings audited (this run or earlier, see resumed)
     * @param resumed     filings whose reports were already complete (--resume) and were not audited again
     * @param withErrors  filings with at least one ERROR finding
     * @param withWarnings filings with WARNING but no ERROR findings
     * @param inputErrors files that could not be audited
     * @param errors      ERROR findings in all filings
     * @param warnings    WARNING findings
     * @param infos       INFO findings
     * @param roundings   rounding-only checks (尾差)
     * @param withRuleErrors audited filings on which at least one rule failed internally (内部错误: not fully
     *                    audited)
     * @param crossCheckErrors figures of a 部门决算 differing from the published 部门预算 of the same department and
     *                    year (ERROR findings of the 预算–决算 cross-check, not counted in {@code errors})
     */
    @JsonPropertyOrder({"files", "audited", "resumed", "withErrors", "withWarnings", "inputErrors", "errors",
            "warnings", "infos", "roundings", "withRuleErrors", "crossCheckErrors"})
    public record Totals(int files, int audited, int resumed, int withErrors, int withWarnings, int inputErrors,
                         int errors, int warnings, int infos, int roundings, int withRuleErrors,
                         int crossCheckErrors) {

        /** Totals of a batch without 预算–决算 cross-check findings. */
        public Totals(int files, int audited, int resumed, int withErrors, int withWarnings, int inputErrors,
                      int errors, int warnings, int infos, int roundings, int withRuleErrors) {
            this(files, audited, resumed, withErrors, withWarnings, inputErrors, errors, warnings, infos, roundings,
                    withRuleErrors, 0);
        }

        /** Totals of a batch where no rule failed internally. */
        public Totals(int files, int audited, int resumed, int withErrors, int withWarnings, int inputErrors,
                      int errors, int warnings, int infos, int roundings) {
            this(files, audited, resumed, withErrors, withWarnings, inputErrors, errors, warnings, infos, roundings, 0);
        }
    }
}
