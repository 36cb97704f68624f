package budget.audit.engine;

import budget.audit.ingest.InputException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time one file may take (CLI {@code --timeout}, default 60 s). The work runs on a worker thread of its own;
 * when the time is up, the caller gets an input error "处理超时" and goes on, and the worker is interrupted: every
 * stage checks for that ({@link budget.audit.model.Interruption}) and ends, so nothing is left running.
 */
public final class TimeBudget {

    public static final Duration DEFAULT = Duration.ofSeconds(60);
    /** How long {@code --timeout} may be at most (a day). */
    public static final long MAX_SECONDS = 86_400;

    private static final AtomicInteger WORKERS = new AtomicInteger();

    private final Duration limit;

    public TimeBudget(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time budget must be positive: " + limit);
        }
        this.limit = limit;
    }

    public static TimeBudget standard() {
        return new TimeBudget(DEFAULT);
    }

    public Duration limit() {
        return limit;
    }

    /** Work on one file that may fail with an input error. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} within the budget. Its own exceptions are rethrown as they are (errors and runtime
     * exceptions unwrapped); when time is up, the worker is interrupted and {@code file} fails with "处理超时".
     */
    public <T> T run(String file, Work<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "budget-audit-file-" + WORKERS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw timedOut(file);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The input error of a file that ran out of time, naming the limit. */
    public InputException timedOut(String file) {
        return new InputException(file, "处理超时：超过 " + describe(limit) + "仍未完成，已停止处理此文件（时限可用 --timeout 调整）");
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) {
            return ms / 1000 + " 秒";
        }
        return String.format(java.util.Locale.ROOT, "%.1f 秒", ms / 1000.0);
    }
}
