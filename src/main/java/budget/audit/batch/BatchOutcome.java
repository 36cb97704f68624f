package budget.audit.batch;

import java.time.Duration;

/**
 * What a batch run did.
 *
 * @param summary  the overview (also written as summary.json / 汇总.xlsx / 汇总.pdf)
 * @param times    stage times of the filings audited in this run
 * @param elapsed  wall time of the whole run, summary included
 * @param auditedNow filings audited in this run (not resumed)
 * @param processing time from the start of the progress (after planning) to the last filing done: the interval
 *                   the progress line's rate is measured over
 */
public record BatchOutcome(BatchSummary summary, BatchTimes times, Duration elapsed, int auditedNow,
                           Duration processing) {

    /**
     * Filings per second, computed as the progress line computes it: filings handled (resumed ones included) over
     * the time from the start of the progress to the last filing done. Planning and writing the summary are in
     * {@link #elapsed} only, so the final figure never contradicts the last progress line.
     */
    public double rate() {
        double s = Math.max(1e-3, processing.toNanos() / 1e9);
        return (summary.totals().audited() + summary.totals().inputErrors()) / s;
    }
}
