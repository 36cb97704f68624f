package budget.audit.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Options of one audit run, independent of the CLI.
 *
 * @param outputDir    where reports go
 * @param formats      report formats to write, e.g. [pdf, xlsx, json]
 * @param templatesDir folder whose templates override the built-in ones, or null
 * @param reportDate   the date printed on reports and stored as the documents' dates (fixed: same input and date
 *                     give identical bytes)
 * @param maxInputBytes input size limit
 * @param rulesFile     a local rules file (CLI {@code --rules}) adjusting and adding rules, or null
 * @param pdfa          write the PDF report as archival PDF/A-2b
 */
public record AuditSettings(Path outputDir, List<String> formats, Path templatesDir, LocalDate reportDate,
                            long maxInputBytes, Path rulesFile, boolean pdfa) {

    public AuditSettings {
        formats = List.copyOf(formats);
    }

    /** Settings without a rules file, writing a plain (non-PDF/A) PDF. */
    public AuditSettings(Path outputDir, List<String> formats, Path templatesDir, LocalDate reportDate,
                         long maxInputBytes) {
        this(outputDir, formats, templatesDir, reportDate, maxInputBytes, null, false);
    }

    /** Settings with a rules file (or null), writing a plain PDF. */
    public AuditSettings(Path outputDir, List<String> formats, Path templatesDir, LocalDate reportDate,
                         long maxInputBytes, Path rulesFile) {
        this(outputDir, formats, templatesDir, reportDate, maxInputBytes, rulesFile, false);
    }

    /** Settings without a rules file. */
    public AuditSettings(Path outputDir, List<String> formats, Path templatesDir, LocalDate reportDate,
                         long maxInputBytes, boolean pdfa) {
        this(outputDir, formats, templatesDir, reportDate, maxInputBytes, null, pdfa);
    }
}
