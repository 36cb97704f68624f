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
 * @param notApplicable filings where it did not apply or lacked data
 */
@JsonPropertyOrder({"id", "title", "severity", "failed", "findings", "roundings", "passed", "notApplicable"})
public record RuleStat(String id, String title, String severity, int failed, int findings, int roundings, int passed,
                       int notApplicable) {
}
