package budget.audit.report;

import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.SourceInfo;

import java.io.IOException;

/**
 * Writes an output made from the audited file itself plus the report (the annotated copy of a PDF). The caller
 * reads the source's bytes; the renderer never writes to the source.
 */
public interface SourceRenderer {

    /** Format name as given on the command line (annotated). */
    String format();

    /** What follows the report's base name in the output file's name ("-标注.pdf"). */
    String suffix();

    /** Whether this renderer can work from a source of this kind (e.g. only PDF). */
    boolean accepts(SourceInfo source);

    /** One line saying why a source is skipped (Chinese, for the console). */
    String skipReason(SourceInfo source);

    byte[] render(AuditReport report, SourceInfo source, byte[] sourceBytes) throws IOException;
}
