package budget.audit.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * One filing of a batch: usually one file; two when a 情况说明 and its 报表 published apart were paired
 * ({@link FilingPairer}).
 *
 * @param input     the file to audit (the first of {@code inputs})
 * @param relative  its path under its root folder, with "/" separators (how the summary names it); for a pair,
 *                  both paths joined by " + "
 * @param outputDir the folder its reports go to (the output folder mirroring the input tree)
 * @param baseName  base name of its report files ("报告" → 报告.pdf, 报告.xlsx, 报告.json, 报告.audit-state.json)
 * @param inputs    every file audited as this one filing, in order
 */
public record BatchJob(Path input, String relative, Path outputDir, String baseName, List<Path> inputs) {

    public BatchJob {
        inputs = inputs == null || inputs.isEmpty() ? List.of(input) : List.copyOf(inputs);
    }

    /** A job for one file. */
    public BatchJob(Path input, String relative, Path outputDir, String baseName) {
        this(input, relative, outputDir, baseName, List.of(input));
    }

    /** The file name of one of its reports, relative to the batch output folder, with "/" separators. */
    public String reportPath(Path batchOutput, String extension) {
        return batchOutput.relativize(outputDir.resolve(baseName + "." + extension)).toString().replace('\\', '/');
    }
}
