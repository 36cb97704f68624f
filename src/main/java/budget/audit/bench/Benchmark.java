package budget.audit.bench;

import budget.audit.batch.BatchOutcome;
import budget.audit.batch.BatchProgress;
import budget.audit.batch.BatchRunner;
import budget.audit.engine.AuditSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates N filings, runs the batch on them and measures: filings/s, mean ms per filing per stage, peak heap,
 * peak RSS, mean PDF / XLSX report size, and recall / precision against the injected defects.
 */
public final class Benchmark {

    public record Result(int count, BatchOutcome outcome, long peakHeapBytes, long peakHeapPoolsBytes,
                         long peakRssBytes, double meanPdfBytes, double meanXlsxBytes, double meanJsonBytes,
                         Scores scores, Path workDir, long hostileProseMillis) {

        /**
         * Recall / precision with their scope: only the rules the generator can inject are scored, so a wrong
         * FAIL of any other rule does not lower the precision printed here.
         */
        static String scoresText(Scores scores) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "注入缺陷：召回率 %.3f，精确率 %.3f（命中 %d，误报 %d，漏报 %d）；注入尾差 %d 处，被误报 %d 处；缺失文件 %d%n",
                    scores.recall(), scores.precision(), scores.truePositives(), scores.falsePositives(),
                    scores.falseNegatives(), scores.roundingsInjected(), scores.roundingsFlagged(), scores.missingFilings()));
            sb.append(Scores.scope()).append(System.lineSeparator());
            for (String line : scores.perRuleLines()) {
                sb.append("  ").append(line).append(System.lineSeparator());
            }
            return sb.toString();
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            double seconds = outcome.elapsed().toNanos() / 1e9;
            sb.append(String.format(Locale.ROOT, "文件数：%d（已审核 %d，无法审核 %d），线程：见 --jobs%n", count,
                    outcome.summary().totals().audited(), outcome.summary().totals().inputErrors()));
            sb.append(String.format(Locale.ROOT, "用时：%.1f 秒，速度：%.1f 个/秒（含汇总）%n", seconds, outcome.rate()));
            sb.append("每个文件各阶段平均耗时（毫秒，线程内计时）：");
            for (Map.Entry<String, Double> e : outcome.times().meanMillis().entrySet()) {
                sb.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), e.getValue()));
            }
            sb.append(System.lineSeparator());
            sb.append(String.format(Locale.ROOT, "堆内存峰值：%.1f MB（采样），%.1f MB（各堆内存池峰值之和）；进程 RSS 峰值（VmHWM）：%s%n",
                    mb(peakHeapBytes), mb(peakHeapPoolsBytes), peakRssBytes < 0 ? "不可用" : String.format(Locale.ROOT, "%.1f MB", mb(peakRssBytes))));
            sb.append(String.format(Locale.ROOT, "报告平均大小：PDF %.1f KB，XLSX %.1f KB，JSON %.1f KB%n", meanPdfBytes / 1024,
                    meanXlsxBytes / 1024, meanJsonBytes / 1024));
            sb.append(scoresText(scores));
            sb.append(String.format(Locale.ROOT, "敌意长行（约 1 MB：x、-、_ 长串与 20000 个“办公费1万元、”）说明文字解析用时：%d 毫秒%n",
                    hostileProseMillis));
            sb.append("工作目录：").append(workDir).append(System.lineSeparator());
            return sb.toString();
        }
    }

    private Benchmark() {
    }

    public static Result run(Path workDir, int count, long seed, int jobs, List<String> formats, BatchProgress progress)
            throws IOException {
        Path in = workDir.resolve("in");
        Path out = workDir.resolve("out");
        GroundTruth truth = FilingSetWriter.write(in, count, seed);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        BatchOutcome outcome;
        try {
            AuditSettings settings = new AuditSettings(out, formats, null, LocalDate.of(2026, 1, 15),
                    200L * 1024 * 1024);
            outcome = new BatchRunner(settings, jobs, false).run(List.of(in), progress);
        } finally {
            sampler.stop();
        }
        long poolsPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolsPeak += pool.getPeakUsage().getUsed();
            }
        }
        Scores scores = Scores.of(truth, outcome.summary());
        return new Result(count, outcome, sampler.peak(), poolsPeak, peakRss(), meanSize(out, ".pdf"),
                meanSize(out, ".xlsx"), meanSize(out, ".json"), scores, workDir, HostileProse.millis());
    }

    /** Mean size of the per-filing reports with this extension (the overview files excluded). */
    static double meanSize(Path out, String ext) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(ext))
                    .filter(p -> !p.getParent().equals(out))
                    .mapToLong(p -> p.toFile().length()).average().orElse(0);
        }
    }

    /** Peak resident set size of this process (Linux VmHWM), or -1 elsewhere. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** Samples used heap every 10 ms (the MXBean pools' peaks overstate it: they peak at different moments). */
    static final class HeapSampler {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread = new Thread(this::loop, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        long peak() {
            return peak;
        }

        private void loop() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
