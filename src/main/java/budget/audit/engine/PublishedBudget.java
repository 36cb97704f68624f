package budget.audit.engine;

import budget.audit.ingest.InputException;
import budget.audit.model.BudgetFiling;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The department's published 部门预算 named by {@code audit --budget}: read and parsed once (never audited, no
 * report of its own), then compared with every 决算 of the run (JS011). A file that could not be read keeps the
 * reason, so each 决算 report can say why JS011 was not checked.
 *
 * @param path   the file as given
 * @param filing what was parsed, or null when it could not be read
 * @param error  why it could not be read (in Chinese), or null
 */
public record PublishedBudget(Path path, BudgetFiling filing, String error) {

    /** The file's name as reports name it. */
    public String fileName() {
        return filing != null ? filing.fileName() : String.valueOf(path.getFileName());
    }

    public boolean readable() {
        return filing != null;
    }

    /**
     * Reads and parses {@code path} with the run's auditor within the run's time budget. Never throws for a bad
     * file: the failure becomes the reason.
     */
    public static PublishedBudget read(AuditRun run, Path path) {
        String name = String.valueOf(path.getFileName());
        if (!PathEncoding.representable(path.toString())) {
            return new PublishedBudget(path, null, PathEncoding.reason());
        }
        if (!Files.exists(path)) {
            return new PublishedBudget(path, null, "文件不存在");
        }
        if (Files.isDirectory(path)) {
            return new PublishedBudget(path, null, "是文件夹，不是文件");
        }
        try {
            BudgetFiling filing = run.budget().run(name, () -> run.auditor().parse(path, new StageTimes()));
            return new PublishedBudget(path, filing, null);
        } catch (InputException e) {
            return new PublishedBudget(path, null, e.reason());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PublishedBudget(path, null, "读取被中断");
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new PublishedBudget(path, null, "无法读取（" + e.getClass().getSimpleName() + "）");
        }
    }
}
