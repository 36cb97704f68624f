package budget.audit.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The small manifest written LAST for each audited filing ({@code <name>.audit-state.json}): it says the reports
 * beside it are complete and for which input and options. {@code --resume} trusts a filing as done only when the
 * input's hash and the options match and every listed report exists.
 *
 * @param inputSha256 SHA-256 of the input's bytes when it was audited
 * @param options     the options that shape the reports (formats, date, templates, tool version)
 * @param reports     report files, relative to the batch output folder
 * @param row         the filing's summary row (so a resumed batch summary includes it without re-reading)
 */
@JsonPropertyOrder({"inputSha256", "options", "reports", "row"})
public record AuditState(String inputSha256, String options, List<String> reports, FilingRow row) {

    public static final String SUFFIX = ".audit-state.json";
}
