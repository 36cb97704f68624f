package budget.audit.model;

import java.util.concurrent.CancellationException;

/**
 * Where a long stage (pages, paragraphs, tables, rules, report formats) asks whether its file's time budget is
 * spent: the budget interrupts the worker thread, and the next check ends the work, so no abandoned file keeps a
 * thread busy.
 */
public final class Interruption {

    private Interruption() {
    }

    /** Throws {@link CancellationException} when the current thread was interrupted (the flag stays set). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("处理已中止");
        }
    }
}
