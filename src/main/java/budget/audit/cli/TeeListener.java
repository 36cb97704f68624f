package budget.audit.cli;

import budget.audit.engine.AuditListener;
import budget.audit.engine.AuditResult;
import budget.audit.ingest.InputException;

import java.nio.file.Path;
import java.util.List;

/** Forwards every event to several listeners. */
final class TeeListener implements AuditListener {

    private final List<AuditListener> listeners;

    TeeListener(List<AuditListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void fileAudited(AuditResult result) {
        listeners.forEach(l -> l.fileAudited(result));
    }

    @Override
    public void inputError(Path file, InputException error) {
        listeners.forEach(l -> l.inputError(file, error));
    }

    @Override
    public void internalError(Path file, Exception error) {
        listeners.forEach(l -> l.internalError(file, error));
    }
}
