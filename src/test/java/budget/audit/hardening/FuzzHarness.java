package budget.audit.hardening;

import budget.audit.engine.AuditResult;
import budget.audit.engine.FilingAuditor;
import budget.audit.engine.Pipeline;
import budget.audit.engine.ReportWriter;
import budget.audit.engine.StageTimes;
import budget.audit.engine.TimeBudget;
import budget.audit.ingest.FixtureDocuments;
import budget.audit.ingest.Ingest;
import budget.audit.ingest.InputException;
import budget.audit.model.SourceDocument;
import budget.audit.parse.ProseParser;
import budget.audit.parse.table.TableReader;
import budget.audit.report.Renderers;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.api.Outcome;
import budget.audit.support.Audits;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A seeded mutation fuzzer over ingest, both parsers and the rules. Input {@code i} of a run with seed {@code s} is
 * always the same bytes, so any finding can be replayed with {@link #input(int)}. Each input is written to a file
 * (named with its seed's extension), read by {@link Ingest#read}, parsed by {@link ProseParser} and
 * {@link TableReader}, then audited by the whole rule catalogue and the report model ({@link FilingAuditor#audit});
 * in whole-pipeline mode the PDF, XLSX, JSON and DOCX writers then render the report too. Each input runs within the
 * product's per-file time budget ({@link TimeBudget}: an input over it is a hang, and its worker must end);
 * anything thrown other than {@link InputException} is a crash, and so is a rule that failed internally (outcome
 * INTERNAL_ERROR, which the rule runner turns into a check, not a throw).
 */
final class FuzzHarness {

    /** An input slower than this is a hang (ingest, parse, rules and report model). */
    static final long TIME_LIMIT_MS = 5_000;
    /**
     * The same with the report writers: the product's per-file budget (the PDF layout is the slowest stage; a
     * cell of 100,000 characters took openpdf's line breaker tens of seconds before reports capped long text).
     */
    static final long WHOLE_PIPELINE_TIME_LIMIT_MS = TimeBudget.DEFAULT.toMillis();
    static final List<String> FORMATS = List.of("pdf", "xlsx", "json", "docx");

    record Seed(String name, String extension, byte[] bytes) {
        boolean zip() {
            return extension.equals("docx") || extension.equals("xlsx");
        }
    }

    record Input(int index, Seed seed, Mutator.Kind kind, byte[] bytes) {
        String label() {
            return "#" + index + " " + kind + " of " + seed.name();
        }
    }

    /** Signature of a crash: exception type and top stack frame. */
    record Crash(String signature, String firstInput, Throwable example) {
    }

    record Report(int inputs, int accepted, int rejected, Map<String, Crash> crashes, long slowestMs,
                  String slowestInput) {
        String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append("fuzz: inputs=").append(inputs).append(" accepted=").append(accepted)
                    .append(" rejected(InputException)=").append(rejected)
                    .append(" distinctCrashes=").append(crashes.size())
                    .append(" slowest=").append(slowestMs).append("ms (").append(slowestInput).append(")\n");
            crashes.values().forEach(c -> sb.append("  CRASH ").append(c.signature()).append("  first: ")
                    .append(c.firstInput()).append('\n'));
            return sb.toString();
        }
    }

    private final List<Seed> seeds;
    private final long runSeed;
    private final Path workDir;
    private final Ingest ingest = new Ingest();
    private final ProseParser parser = new ProseParser();
    private final FilingAuditor auditor = Pipeline.create(Audits.settings(Path.of("target"), "json")).auditor();
    private final boolean wholePipeline;
    private final TimeBudget budget;
    private final ReportWriter writers = new ReportWriter(Renderers.standard(TemplateEngine.of(null)));
    private java.io.PrintStream progress;
    private int progressEvery;

    /** A rule that failed internally on a fuzzed input (its signature names the rule and the exception). */
    static final class RuleInternalError extends RuntimeException {
        RuleInternalError(String message) {
            super(message);
        }
    }

    FuzzHarness(long runSeed, Path workDir) {
        this(runSeed, workDir, false);
    }

    /** With {@code wholePipeline}, every accepted input's report is rendered as PDF, XLSX, JSON and DOCX too. */
    FuzzHarness(long runSeed, Path workDir, boolean wholePipeline) {
        this.seeds = seeds();
        this.runSeed = runSeed;
        this.workDir = workDir;
        this.wholePipeline = wholePipeline;
        // -Dfuzz.timeoutMs=N: a longer limit on a shared, loaded machine (the product's own default is 60 s)
        long limit = Long.getLong("fuzz.timeoutMs", wholePipeline ? WHOLE_PIPELINE_TIME_LIMIT_MS : TIME_LIMIT_MS);
        this.budget = new TimeBudget(Duration.ofMillis(limit));
    }

    /** Prints a progress line every {@code every} inputs (long runs: partial figures survive a stopped run). */
    FuzzHarness progress(java.io.PrintStream out, int every) {
        this.progress = out;
        this.progressEvery = every;
        return this;
    }

    /** The samples and our own fixture filing in every format we can build. */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(new Seed(p.getFileName().toString(), "txt", Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seeds.add(new Seed("fixture.txt", "txt", FixtureDocuments.text().getBytes(StandardCharsets.UTF_8)));
        seeds.add(new Seed("fixture.pdf", "pdf", FixtureDocuments.pdf()));
        seeds.add(new Seed("fixture.docx", "docx", FixtureDocuments.docx()));
        seeds.add(new Seed("fixture.xlsx", "xlsx", FixtureDocuments.xlsx()));
        seeds.add(new Seed("fixture.xls", "xls", xls()));
        return List.copyOf(seeds);
    }

    /** The fixture table as a legacy XLS workbook (prose sheet and table sheet). */
    static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet prose = workbook.createSheet("情况说明");
            prose.createRow(0).createCell(0).setCellValue(FixtureDocuments.TITLE);
            for (int i = 0; i < FixtureDocuments.PROSE.size(); i++) {
                prose.createRow(i + 1).createCell(0).setCellValue(FixtureDocuments.PROSE.get(i));
            }
            Sheet table = workbook.createSheet("收支总表");
            table.createRow(0).createCell(0).setCellValue(FixtureDocuments.TABLE_TITLE);
            table.createRow(1).createCell(0).setCellValue(FixtureDocuments.UNIT_LINE);
            for (int r = 0; r < FixtureDocuments.TABLE.size(); r++) {
                Row row = table.createRow(r + 2);
                List<String> cells = FixtureDocuments.TABLE.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Input {@code index} of this run (deterministic in run seed and index). */
    Input input(int index) {
        SplittableRandom random = new SplittableRandom(runSeed * 1_000_003L + index);
        Seed seed = seeds.get(index % seeds.size());
        Seed other = seeds.get(random.nextInt(seeds.size()));
        // a quarter of inputs stack a second mutation on the first
        Mutator.Mutation m = Mutator.mutate(seed.bytes(), other.bytes(), seed.zip(), random);
        if (random.nextInt(4) == 0) {
            m = new Mutator.Mutation(m.kind(), Mutator.mutate(m.bytes(), other.bytes(), seed.zip(), random).bytes());
        }
        return new Input(index, seed, m.kind(), m.bytes());
    }

    Report run(int count) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Map<String, Crash> crashes = new TreeMap<>();
        int accepted = 0;
        int rejected = 0;
        long slowest = -1;
        String slowestInput = "";
        long started = System.nanoTime();
        int reported = 0;
        for (int i = 0; i < count; i++) {
            Input input = input(i);
            Path file = workDir.resolve("input-" + (i % 16) + "." + input.seed().extension());
            Files.write(file, input.bytes());
            long t0 = System.nanoTime();
            try {
                if (budget.run(input.label(), () -> readAndParse(file))) {
                    accepted++;
                } else {
                    rejected++;
                }
            } catch (InputException e) {
                // only the time budget throws here: readAndParse turns the input's own rejections into false
                String s = "HANG (> " + budget.limit().toMillis() + " ms)";
                crashes.computeIfAbsent(s + " " + input.seed().extension(), k -> new Crash(k, input.label(), null));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception | Error e) {
                crashes.computeIfAbsent(signature(e), s -> new Crash(s, input.label(), e));
            }
            if (progress != null && crashes.size() > reported) {
                crashes.values().stream().filter(c -> c.firstInput().equals(input.label()))
                        .forEach(c -> progress.println("fuzz new crash: " + c.signature() + "  first: " + c.firstInput()));
                reported = crashes.size();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestInput = input.label();
            }
            if (progress != null && progressEvery > 0 && (i + 1) % progressEvery == 0) {
                progress.printf("fuzz progress: %d/%d accepted=%d rejected=%d crashes=%d slowest=%dms (%s) elapsed=%ds%n",
                        i + 1, count, accepted, rejected, crashes.size(), slowest, slowestInput,
                        (System.nanoTime() - started) / 1_000_000_000L);
                progress.flush();
            }
        }
        return new Report(count, accepted, rejected, crashes, slowest, slowestInput);
    }

    /** True when the input was read and parsed, false when rejected with an InputException. */
    boolean readAndParse(Path file) {
        try {
            SourceDocument doc = ingest.read(file);
            parser.parse(doc);
            TableReader.read(doc);
            AuditResult result = auditor.audit(file);
            checkNoRuleFailed(result.report());
            if (wholePipeline) {
                renderAll(result.report());
            }
            return true;
        } catch (InputException e) {
            if (e.reason() == null || e.reason().isBlank()) {
                throw new IllegalStateException("InputException without a reason", e);
            }
            return false;
        }
    }

    /** Renders the report in every format (in memory); each must yield a non-empty file. */
    private void renderAll(AuditReport report) {
        try {
            Map<Path, byte[]> files = writers.render(report, java.util.List.of(), workDir, "report", FORMATS, new StageTimes());
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                if (f.getValue().length == 0) {
                    throw new IllegalStateException("empty report " + f.getKey().getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws {@link RuleInternalError} when a rule of the report failed internally. */
    static void checkNoRuleFailed(AuditReport report) {
        for (AuditReport.FindingEntry f : report.findings()) {
            if (Outcome.INTERNAL_ERROR.name().equals(f.outcome())) {
                throw new RuleInternalError(f.rule() + " " + f.message());
            }
        }
        for (AuditReport.RuleResult r : report.rules()) {
            if (Outcome.INTERNAL_ERROR.name().equals(r.outcome())) {
                throw new RuleInternalError(r.id());
            }
        }
    }

    static String signature(Throwable t) {
        if (t instanceof RuleInternalError) {
            return "INTERNAL_ERROR " + t.getMessage();
        }
        StackTraceElement[] frames = t.getStackTrace();
        String top = frames.length == 0 ? "?" : frames[0].toString();
        String ours = "";
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith("budget.audit.") && !f.getClassName().startsWith("budget.audit.hardening")) {
                ours = " via " + f;
                break;
            }
        }
        return t.getClass().getName() + " at " + top + ours;
    }

}
