package budget.audit.ingest;

import budget.audit.model.SourceDocument;

import java.nio.file.Path;

/** Reads one file format into text lines (tables as TAB-separated lines). */
public interface DocumentReader {

    /**
     * @param file    the file to read
     * @param content its bytes (already read once, so the hash and the format sniffing share them)
     * @param sha256  hex SHA-256 of {@code content}
     */
    SourceDocument read(Path file, byte[] content, String sha256) throws InputException;
}
