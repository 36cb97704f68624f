package budget.audit.cli;

import budget.audit.batch.BatchOutcome;
import budget.audit.batch.BatchProgress;
import budget.audit.batch.BatchSummary;
import budget.audit.batch.FilingRow;
import budget.audit.batch.InputErrorRow;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batch progress on the console: on a terminal a bar redrawn in place (count, rate, ETA) on stderr; otherwise one
 * plain line every N filings (CI logs). Files that cannot be audited get one line each on stderr.
 */
final class BatchConsole implements BatchProgress {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final Integer every;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger withErrors = new AtomicInteger();
    private volatile int total;
    private volatile long start;
    private volatile long lastDraw;
    private int lineEvery;

    BatchConsole(PrintWriter out, PrintWriter err, boolean terminal, Integer every) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.every = every;
    }

    @Override
    public void started(int total) {
        this.total = total;
        this.start = System.nanoTime();
        this.lineEvery = every != null ? Math.max(1, every) : Math.max(1, (total + 19) / 20);
        if (!terminal) {
            err.printf("共找到 %d 个文件，开始审核。%n", total);
            err.flush();
        }
    }

    @Override
    public void filingDone(Done kind, FilingRow row, InputErrorRow error) {
        int n = done.incrementAndGet();
        if (row != null && row.errors() > 0) {
            withErrors.incrementAndGet();
        }
        synchronized (this) {
            if (error != null) {
                if (terminal) {
                    err.print("\r\033[K");
                }
                err.printf("%s：%s%n", Terminal.safe(error.file()), Terminal.safe(error.reason()));
            }
            if (terminal) {
                long now = System.nanoTime();
                if (n == total || now - lastDraw > 100_000_000L || error != null) {
                    lastDraw = now;
                    err.print("\r" + bar(n));
                }
            } else if (n % lineEvery == 0 || n == total) {
                err.println("进度 " + status(n));
            }
            err.flush();
        }
    }

    @Override
    public synchronized void finished() {
        if (terminal && total > 0) {
            err.println();
            err.flush();
        }
    }

    /**
     * The line printed when the batch is stopped (SIGINT / SIGTERM) before its end: how far it got and how to go
     * on. Printed from the shutdown hook; never blocks on the progress lock (a worker may hold it).
     */
    void interruptedLine(String resumeCommand) {
        String line = String.format(Locale.ROOT, "%s已中断：已完成 %d/%d 个文件（有错误 %d 个），汇总未生成。"
                        + "已写出的报告完整可用；续跑（跳过已完成的文件）：%s%n", terminal ? "\r\033[K" : "",
                done.get(), total, withErrors.get(), resumeCommand);
        err.print(line);
        err.flush();
    }

    void finalLine(BatchOutcome outcome, Path outputDir) {
        BatchSummary.Totals t = outcome.summary().totals();
        double seconds = outcome.elapsed().toNanos() / 1e9;
        java.util.List<budget.audit.batch.CrossCheckRow> cross = outcome.summary().crossChecks();
        if (!cross.isEmpty()) {
            long compared = cross.stream().filter(c -> c.compared() > 0).count();
            out.printf(Locale.ROOT, "预算与决算交叉核对：同一部门同一年度的预算与决算 %d 对（已比较 %d 对），不一致 %d 处，见汇总“预算与决算交叉核对”%n",
                    cross.size(), compared, t.crossCheckErrors());
        }
        out.printf(Locale.ROOT, "已审核 %d 个文件（其中沿用已有结果 %d 个），有错误 %d 个，无法审核 %d 个；用时 %.1f 秒，%.1f 个/秒。汇总见 %s%n",
                t.audited(), t.resumed(), t.withErrors(), t.inputErrors(), seconds, outcome.rate(),
                Terminal.safe(outputDir));
        out.flush();
    }

    private String bar(int n) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * n / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status(n);
    }

    private String status(int n) {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = n / seconds;
        long eta = rate <= 0 ? 0 : Math.round((total - n) / rate);
        return String.format(Locale.ROOT, "%d/%d（%d%%），%.1f 个/秒，预计剩余 %s，有错误 %d 个", n, total,
                total == 0 ? 100 : 100L * n / total, rate, clock(eta), withErrors.get());
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
