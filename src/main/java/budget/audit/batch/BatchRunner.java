package budget.audit.batch;

import budget.audit.engine.AuditListener;
import budget.audit.engine.AuditResult;
import budget.audit.engine.AuditRun;
import budget.audit.engine.AuditSettings;
import budget.audit.engine.Pipeline;
import budget.audit.engine.StageTimes;
import budget.audit.engine.TimeBudget;
import budget.audit.engine.ToolVersion;
import budget.audit.ingest.InputException;
import budget.audit.model.BudgetFiling;
import budget.audit.model.DocumentKind;
import budget.audit.report.MessageRenderer;
import budget.audit.report.TemplateEngine;
import budget.audit.rules.api.CrossFigures;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Audits the files of a batch in parallel and writes the overview. A bounded pool and a bounded number of
 * files in flight keep memory flat: each worker holds one report at a time, and only a small {@link FilingRow}
 * per filing is kept. A bad file never stops the batch. Every output is written atomically, each filing's
 * manifest last, so a killed batch leaves no truncated report and {@code --resume} picks up where it stopped.
 */
public final class BatchRunner {

    /** Threads a batch may use at most ({@code --jobs}). */
    public static final int MAX_JOBS = 64;

    private final AuditSettings settings;
    private final int jobs;
    private final boolean resume;
    private final TimeBudget budget;

    public BatchRunner(AuditSettings settings, int jobs, boolean resume) {
        this(settings, jobs, resume, TimeBudget.standard());
    }

    /** A batch giving each file at most {@code budget} (CLI {@code --timeout}); jobs are kept to 1..{@link #MAX_JOBS}. */
    public BatchRunner(AuditSettings settings, int jobs, boolean resume, TimeBudget budget) {
        this.settings = settings;
        this.jobs = Math.min(MAX_JOBS, Math.max(1, jobs));
        this.resume = resume;
        this.budget = budget;
    }

    public BatchOutcome run(List<Path> roots, BatchProgress progress) throws IOException {
        long t0 = System.nanoTime();
        Path out = settings.outputDir().toAbsolutePath().normalize();
        Files.createDirectories(out);
        removeLeftoverTempFiles(out);
        AuditRun run = Pipeline.create(settings, budget);
        List<BatchJob> files = BatchPlanner.plan(roots, out);
        List<BatchJob> plan = FilingPairer.pair(files, probes(files, run));
        StateStore states = new StateStore(out, optionsKey(settings));
        SummaryCollector collector = new SummaryCollector();
        BatchTimes times = new BatchTimes();
        long started = System.nanoTime();
        progress.started(plan.size());

        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(jobs * 2);
        int[] auditedNow = {0};
        try {
            for (BatchJob job : plan) {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        if (processOne(job, run, states, collector, times, progress, out)) {
                            synchronized (auditedNow) {
                                auditedNow[0]++;
                            }
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    // keep waiting: a batch may be long
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long processed = System.nanoTime();
        progress.finished();
        List<CrossCheckRow> cross = crossChecks(run, plan, collector);
        BatchSummary summary = collector.build(new BatchSummary.Tool("budget-audit", ToolVersion.current()),
                settings.reportDate().toString(), run.auditor().catalogue().specs(), cross);
        new SummaryWriter(settings.templatesDir()).writeAll(summary, out, settings.formats());
        return new BatchOutcome(summary, times, Duration.ofNanos(System.nanoTime() - t0), auditedNow[0],
                Duration.ofNanos(processed - started));
    }

    /**
     * Pairs the 部门预算 and 部门决算 of one department and year and compares them (JS011 and any other
     * cross-filing rule). A filing resumed from an earlier run is read again for its figures, only when it shares
     * department and year with another filing; one that cannot be read is left out of the pairing.
     */
    private List<CrossCheckRow> crossChecks(AuditRun run, List<BatchJob> plan, SummaryCollector collector) {
        List<CrossFilingRule> rules = crossRules(run);
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<String, BatchJob> jobs = new HashMap<>();
        for (BatchJob j : plan) {
            jobs.put(j.relative(), j);
        }
        CrossChecker checker = new CrossChecker(rules, run.auditor().catalogue().specs(),
                new MessageRenderer(TemplateEngine.of(settings.templatesDir())));
        return checker.check(collector.rows(), row -> {
            Optional<Map<String, CrossFigures>> kept = collector.figures(row.file());
            if (kept.isPresent()) {
                return kept;
            }
            BatchJob job = jobs.get(row.file());
            if (job == null) {
                return Optional.empty();
            }
            try {
                BudgetFiling filing = run.budget().run(job.baseName(),
                        () -> run.auditor().parse(job.inputs(), new StageTimes()));
                return Optional.of(crossFigures(rules, filing));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                return Optional.empty();
            }
        });
    }

    private static List<CrossFilingRule> crossRules(AuditRun run) {
        List<CrossFilingRule> out = new ArrayList<>();
        for (Rule r : run.auditor().catalogue().rules()) {
            if (r instanceof CrossFilingRule c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The figures each cross-filing rule compares, of a 预算 or 决算 naming its department and year; else none. */
    private static Map<String, CrossFigures> crossFigures(List<CrossFilingRule> rules, BudgetFiling filing) {
        Map<String, CrossFigures> out = new HashMap<>();
        if (filing == null || filing.department() == null || filing.year() == null
                || (filing.documentKind() != DocumentKind.BUDGET
                && filing.documentKind() != DocumentKind.FINAL_ACCOUNTS)) {
            return out;
        }
        for (CrossFilingRule rule : rules) {
            try {
                out.put(rule.id(), rule.figures(filing));
            } catch (RuntimeException | StackOverflowError e) {
                // this rule compares nothing of this filing (fail closed)
            }
        }
        return out;
    }

    /**
     * Reads, in parallel, every file sharing its folder with another one, for pairing the halves of split
     * filings ({@link FilingPairer}); a file that cannot be read is never paired (its audit reports why).
     */
    private Function<Path, Optional<FilingPairer.Probe>> probes(List<BatchJob> plan, AuditRun run) {
        Map<Path, Integer> perFolder = new HashMap<>();
        for (BatchJob j : plan) {
            perFolder.merge(j.input().toAbsolutePath().normalize().getParent(), 1, Integer::sum);
        }
        Map<Path, Optional<FilingPairer.Probe>> probes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "batch-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (BatchJob j : plan) {
                if (perFolder.get(j.input().toAbsolutePath().normalize().getParent()) < 2) {
                    continue;
                }
                futures.add(pool.submit(() -> probes.put(j.input(), probe(j.input(), run))));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // that file stays unpaired
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return p -> probes.getOrDefault(p, Optional.empty());
    }

    /** Reads a file for pairing within its time budget; one that fails or runs out of time stays unpaired. */
    private static Optional<FilingPairer.Probe> probe(Path file, AuditRun run) {
        try {
            return Optional.of(run.budget().run(file.getFileName().toString(),
                    () -> FilingPairer.Probe.of(run.auditor().parse(file, new StageTimes()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    /** Returns true when the filing was audited in this run (false: resumed or input error). */
    private boolean processOne(BatchJob job, AuditRun run, StateStore states, SummaryCollector collector,
                               BatchTimes times, BatchProgress progress, Path out) {
        if (resume) {
            Optional<AuditState> done = states.completed(job);
            if (done.isPresent()) {
                collector.audited(done.get().row(), true);
                progress.filingDone(BatchProgress.Done.RESUMED, done.get().row(), null);
                return false;
            }
        }
        boolean[] audited = {false};
        run.auditFiling(job.inputs(), job.outputDir(), job.baseName(), new AuditListener() {
            @Override
            public void fileAudited(AuditResult result) {
                List<String> reports = new ArrayList<>();
                for (Path p : result.outputs()) {
                    reports.add(out.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/'));
                }
                FilingRow row = FilingRow.from(job.relative(), result.report(), reports);
                try {
                    String sha = row.sha256() != null && job.inputs().size() == 1 ? row.sha256()
                            : StateStore.sha256(job);
                    states.write(job, states.newState(sha, row));
                } catch (IOException e) {
                    inputError(job.input(), new InputException(job.relative(), "无法写出审核状态文件：" + e.getMessage(), e));
                    return;
                }
                times.add(result.times());
                collector.figures(row.file(), crossFigures(crossRules(run), result.filing()));
                collector.audited(row, false);
                audited[0] = true;
                progress.filingDone(BatchProgress.Done.AUDITED, row, null);
            }

            @Override
            public void inputError(Path file, InputException error) {
                InputErrorRow row = new InputErrorRow(job.relative(), error.reason(), false);
                collector.inputError(row);
                progress.filingDone(BatchProgress.Done.INPUT_ERROR, null, row);
            }

            @Override
            public void internalError(Path file, Exception error) {
                String reason = "内部错误，未能完成审核（" + error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : "：" + error.getMessage()) + "）";
                InputErrorRow row = new InputErrorRow(job.relative(), reason, true);
                collector.inputError(row);
                progress.filingDone(BatchProgress.Done.INPUT_ERROR, null, row);
            }
        });
        return audited[0];
    }

    /**
     * The options that shape the reports: a manifest written under other options does not count as done. Files
     * that shape them (the rules file, the templates) enter by their content, so editing one invalidates the
     * reports made with the old one.
     */
    static String optionsKey(AuditSettings s) throws IOException {
        return "formats=" + String.join(",", s.formats())
                + ";date=" + s.reportDate()
                + ";templates=" + (s.templatesDir() == null ? "-" : s.templatesDir().toAbsolutePath().normalize())
                + ";templatesContent=" + contentHash(s.templatesDir())
                + ";rules=" + contentHash(s.rulesFile())
                + ";pdfa=" + s.pdfa()
                + ";tool=" + ToolVersion.current();
    }

    /** SHA-256 over a file, or over every file under a folder (relative path and content, in path order). */
    static String contentHash(Path fileOrFolder) throws IOException {
        if (fileOrFolder == null) {
            return "-";
        }
        if (Files.isRegularFile(fileOrFolder)) {
            return StateStore.sha256(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return "absent";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(fileOrFolder.relativize(p).toString().replace('\\', '/')).append('=')
                        .append(StateStore.sha256(p)).append('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A killed run may leave AtomicFiles' temporary files behind; they are never reports. */
    private static void removeLeftoverTempFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".tmp-") && name.endsWith(".part")) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
