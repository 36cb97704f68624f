package budget.audit.batch;

import java.nio.file.Path;

/**
 * One file of a batch.
 *
 * @param input     the file to audit
 * @param relative  its path under its root folder, with "/" separators (how the summary names it)
 * @param outputDir the folder its reports go to (the output folder mirroring the input tree)
 * @param baseName  base name of its report files ("报告" → 报告.pdf, 报告.xlsx, 报告.json, 报告.audit-state.json)
 */
public record BatchJob(Path input, String relative, Path outputDir, String baseName) {

    /** The file name of one of its reports, relative to the batch output folder, with "/" separators. */
    public String reportPath(Path batchOutput, String extension) {
        return batchOutput.relativize(outputDir.resolve(baseName + "." + extension)).toString().replace('\\', '/');
    }
}
