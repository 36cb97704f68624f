package budget.audit.engine;

import budget.audit.ingest.InputException;

import java.nio.file.Path;

/** Events of an audit run (Checkstyle's AuditListener idea): progress display and exit code both listen. */
public interface AuditListener {

    default void fileAudited(AuditResult result) {
    }

    default void inputError(Path file, InputException error) {
    }

    /** An unexpected failure for one file (a bug): reported, and the run goes on. */
    default void internalError(Path file, Exception error) {
    }
}
