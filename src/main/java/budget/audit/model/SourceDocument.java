package budget.audit.model;

import java.util.List;

/**
 * A file after ingest: its name, content hash, detected format and encoding, and its text lines
 * (tables as TAB-separated lines).
 */
public record SourceDocument(String fileName, String sha256, String format, String encoding, List<SourceLine> lines) {

    public SourceDocument {
        lines = List.copyOf(lines);
    }
}
