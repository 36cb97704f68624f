package budget.audit.report;

import budget.audit.model.SourceDocument;
import budget.audit.report.model.AuditReport.TableEntry;
import budget.audit.report.model.AuditReport.TableRowEntry;

import java.util.List;

/** Line numbers of a merged document turned back into each file's own line numbers (for the report). */
final class SourceLines {

    private SourceLines() {
    }

    static Integer local(Integer line, SourceDocument document) {
        if (line == null || !document.merged()) {
            return line;
        }
        SourceDocument.Part part = document.partOf(line);
        return part == null ? line : line - part.offset();
    }

    static List<TableEntry> localTables(List<TableEntry> tables, SourceDocument document) {
        if (!document.merged()) {
            return tables;
        }
        return tables.stream().map(t -> new TableEntry(t.label(), t.title(), t.kind(), t.unit(), t.rows(), t.empty(),
                local(t.line(), document), t.note(), t.columns(),
                t.data().stream().map(r -> new TableRowEntry(r.code(), r.name(), local(r.line(), document),
                        r.cells())).toList())).toList();
    }
}
