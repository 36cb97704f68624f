package budget.audit.batch;

import java.time.Duration;

/**
 * What a batch run did.
 *
 * @param summary  the overview (also written as summary.json / 汇总.xlsx / 汇总.pdf)
 * @param times    stage times of the filings audited in this run
 * @param elapsed  wall time of the whole run, summary included
 * @param auditedNow filings audited in this run (not resumed)
 */
public record BatchOutcome(BatchSummary summary, BatchTimes times, Duration elapsed, int auditedNow) {

    /** Filings per second over the whole run (resumed ones included: they were handled). */
    public double rate() {
        double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return (summary.totals().audited() + summary.totals().inputErrors()) / s;
    }
}
