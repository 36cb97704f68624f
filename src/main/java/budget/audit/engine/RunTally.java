package budget.audit.engine;

import budget.audit.ingest.InputException;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what a run did, to decide the exit code (Checkstyle's SeverityLevelCounter idea). */
public final class RunTally implements AuditListener {

    private final FailOn failOn;
    private final AtomicInteger audited = new AtomicInteger();
    private final AtomicInteger failing = new AtomicInteger();
    private final AtomicInteger inputErrors = new AtomicInteger();

    public RunTally(FailOn failOn) {
        this.failOn = failOn;
    }

    @Override
    public void fileAudited(AuditResult result) {
        audited.incrementAndGet();
        if (failOn.failsOn(result.report().summary())) {
            failing.incrementAndGet();
        }
    }

    @Override
    public void inputError(Path file, InputException error) {
        inputErrors.incrementAndGet();
    }

    @Override
    public void internalError(Path file, Exception error) {
        inputErrors.incrementAndGet();
    }

    public int audited() {
        return audited.get();
    }

    public int failing() {
        return failing.get();
    }

    public int inputErrors() {
        return inputErrors.get();
    }
}
