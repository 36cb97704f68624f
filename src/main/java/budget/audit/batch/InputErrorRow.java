package budget.audit.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A file that could not be audited.
 *
 * @param file     its path under its root folder
 * @param reason   why, in Chinese (as the CLI prints it)
 * @param internal true for an unexpected failure (a bug), false for a bad input
 */
@JsonPropertyOrder({"file", "reason", "internal"})
public record InputErrorRow(String file, String reason, boolean internal) {
}
