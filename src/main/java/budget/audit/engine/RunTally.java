package budget.audit.engine;

import budget.audit.ingest.InputException;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.api.Outcome;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what a run did, to decide the exit code (Checkstyle's SeverityLevelCounter idea). */
public final class RunTally implements AuditListener {

    private final FailOn failOn;
    private final AtomicInteger audited = new AtomicInteger();
    private final AtomicInteger failing = new AtomicInteger();
    private final AtomicInteger inputErrors = new AtomicInteger();
    private final AtomicInteger ruleErrors = new AtomicInteger();

    public RunTally(FailOn failOn) {
        this.failOn = failOn;
    }

    @Override
    public void fileAudited(AuditResult result) {
        audited.incrementAndGet();
        if (hasRuleError(result.report())) {
            ruleErrors.incrementAndGet();
        }
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

    /** Filings on which at least one rule failed internally (INTERNAL_ERROR): not fully audited. */
    public int ruleErrors() {
        return ruleErrors.get();
    }

    /** Whether a rule failed internally on the filing of this report. */
    public static boolean hasRuleError(AuditReport report) {
        return report.rules().stream().anyMatch(r -> Outcome.INTERNAL_ERROR.name().equals(r.outcome()))
                || report.findings().stream().anyMatch(f -> Outcome.INTERNAL_ERROR.name().equals(f.outcome()));
    }
}
