package budget.audit.engine;

import budget.audit.ingest.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Audits a list of files one after the other, writing each one's reports; a bad file never stops the run. */
public final class AuditRun {

    private final FilingAuditor auditor;
    private final ReportWriter writer;
    private final AuditSettings settings;
    private final TimeBudget budget;
    /** The published 部门预算 every 决算 is compared with, or null. */
    private final PublishedBudget published;

    /** An audited filing with its reports rendered in memory, not yet written. */
    private record Rendered(AuditResult result, java.util.Map<Path, byte[]> files) {
    }

    public AuditRun(FilingAuditor auditor, ReportWriter writer, AuditSettings settings) {
        this(auditor, writer, settings, TimeBudget.standard());
    }

    /** A run giving each file (or filing) at most {@code budget} to be read, audited and rendered. */
    public AuditRun(FilingAuditor auditor, ReportWriter writer, AuditSettings settings, TimeBudget budget) {
        this(auditor, writer, settings, budget, null);
    }

    private AuditRun(FilingAuditor auditor, ReportWriter writer, AuditSettings settings, TimeBudget budget,
                     PublishedBudget published) {
        this.auditor = auditor;
        this.writer = writer;
        this.settings = settings;
        this.budget = budget;
        this.published = published;
    }

    /**
     * This run comparing every 决算 it audits with {@code published}, the department's published 部门预算
     * ({@code audit --budget}, JS011; see {@link FilingAuditor#audit(List, PublishedBudget)}).
     */
    public AuditRun comparingWith(PublishedBudget published) {
        return new AuditRun(auditor, writer, settings, budget, published);
    }

    /** Reads and parses the published budget ({@code audit --budget}) within this run's time budget. */
    public PublishedBudget readBudget(Path file) {
        return PublishedBudget.read(this, file);
    }

    /** The time each file may take. */
    public TimeBudget budget() {
        return budget;
    }

    /** The auditor this run uses (batch reads files with it to pair split filings). */
    public FilingAuditor auditor() {
        return auditor;
    }

    /** Audits each file into its own report set; no two files of the run get the same report names. */
    public void run(List<Path> files, AuditListener listener) {
        List<String> names = OutputNames.uniqueBaseNames(files);
        for (int i = 0; i < files.size(); i++) {
            auditOne(files.get(i), settings.outputDir(), names.get(i), listener);
        }
    }

    /** Audits all the files as one filing (audit --one-filing): one report set, named after every file. */
    public void runAsOneFiling(List<Path> files, AuditListener listener) {
        if (files.size() < 2) {
            run(files, listener);
            return;
        }
        auditFiling(files, settings.outputDir(), OutputNames.mergedBaseName(files), listener);
    }

    /** Audits one file and writes its reports into {@code outputDir}; reports the outcome to the listener. */
    public void auditOne(Path file, Path outputDir, AuditListener listener) {
        auditOne(file, outputDir, OutputNames.baseName(file), listener);
    }

    /** As {@link #auditOne(Path, Path, AuditListener)}, with the reports' base name chosen by the caller (batch). */
    public void auditOne(Path file, Path outputDir, String baseName, AuditListener listener) {
        auditFiling(List.of(file), outputDir, baseName, listener);
    }

    /**
     * Audits files published as one filing (a 情况说明 and its 报表) into one report set named {@code baseName};
     * errors are reported against the first file.
     */
    public void auditFiling(List<Path> files, Path outputDir, String baseName, AuditListener listener) {
        Path file = files.getFirst();
        for (Path f : files) {
            if (!PathEncoding.representable(f.toString())) {
                listener.inputError(f, new InputException(String.valueOf(f.getFileName()), PathEncoding.reason()));
                return;
            }
        }
        try {
            // read, audit and render within the file's time budget; only a finished set is written
            Rendered done = budget.run(file.getFileName().toString(), () -> {
                AuditResult result = auditor.audit(files, published);
                return new Rendered(result, writer.render(result.report(), files, outputDir, baseName,
                        settings.formats(), result.times()));
            });
            AuditResult result = done.result();
            List<Path> outputs = writer.write(done.files());
            listener.fileAudited(new AuditResult(file, result.filing(), result.report(), outputs, result.times()));
        } catch (InputException e) {
            listener.inputError(file, e);
        } catch (IOException e) {
            listener.inputError(file, new InputException(file.getFileName().toString(),
                    "无法写出报告：" + e.getMessage(), e));
        } catch (RuntimeException e) {
            listener.internalError(file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.internalError(file, new IllegalStateException("审核被中断", e));
        } catch (Exception e) {
            listener.internalError(file, e);
        } catch (StackOverflowError e) {
            // a structure nested too deep for some library's recursion: this file fails, the run goes on
            listener.internalError(file, new IllegalStateException("输入文件结构嵌套过深", e));
        } catch (OutOfMemoryError e) {
            // this file's objects are unreachable once the stack unwinds: it fails, the run goes on
            listener.internalError(file, new IllegalStateException("内存不足，文件过大或过于复杂", e));
        } catch (LinkageError e) {
            // e.g. the jar was replaced while running: never a silent gap in a batch's results
            listener.internalError(file, new IllegalStateException("程序文件不完整（" + e.getMessage() + "）", e));
        }
    }
}
