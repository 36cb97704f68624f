package budget.audit.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One rule over the whole batch.
 *
 * @param id        rule id
 * @param title     its title
 * @param severity  its default severity (ERROR / WARNING / INFO)
 * @param failed    filings where it FAILed
 * @param findings  findings it produced (all filings)
 * @param roundings filings where its outcome was ROUNDING (尾差)
 * @param passed    filings where it PASSed
 * @param notApplicable filings where it did not apply (NOT_APPLICABLE, or the rule did not run on the filing)
 * @param truncations filings where its outcome was TRUNCATION (截断)
 * @param insufficient filings where its outcome was INSUFFICIENT_DATA (数据不足: stated but unreadable)
 * @param internalErrors filings where the rule failed internally (INTERNAL_ERROR: not checked)
 */
@JsonPropertyOrder({"id", "title", "severity", "failed", "findings", "roundings", "passed", "notApplicable",
        "truncations", "insufficient", "internalErrors"})
public record RuleStat(String id, String title, String severity, int failed, int findings, int roundings, int passed,
                       int notApplicable, int truncations, int insufficient, int internalErrors) {

    /** A rule that was never truncated, short of data or failing internally. */
    public RuleStat(String id, String title, String severity, int failed, int findings, int roundings, int passed,
                    int notApplicable) {
        this(id, title, severity, failed, findings, roundings, passed, notApplicable, 0, 0, 0);
    }
}
