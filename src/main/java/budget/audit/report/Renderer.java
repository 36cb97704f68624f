package budget.audit.report;

import budget.audit.report.model.AuditReport;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link AuditReport} in one format. Renderers know no rule: they only read the report. */
public interface Renderer {

    /** Format name as given on the command line: pdf, xlsx, json. */
    String format();

    /** File extension without the dot. */
    default String extension() {
        return format();
    }

    void render(AuditReport report, OutputStream out) throws IOException;
}
