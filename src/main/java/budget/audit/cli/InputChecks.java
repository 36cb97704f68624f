package budget.audit.cli;

import budget.audit.engine.InputFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks and messages shared by audit and batch for runs that would otherwise do nothing without a word. */
final class InputChecks {

    private InputChecks() {
    }

    /**
     * An input folder that is the output folder or lies inside it would be skipped whole (its files are taken for
     * our own reports): refuse before any work.
     */
    static void refuseOutputAroundInputs(List<Path> inputs, Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        for (Path p : inputs) {
            if (Files.isDirectory(p) && p.toAbsolutePath().normalize().startsWith(out)) {
                throw new IllegalArgumentException("未找到可审核的文件：输入文件夹 " + p
                        + (p.toAbsolutePath().normalize().equals(out) ? " 就是输出文件夹" : " 位于输出文件夹 " + outputDir + " 之内")
                        + "，其中的文件会被当作报告跳过。请用 -o 另选一个输出文件夹。");
            }
        }
    }

    /** Why a scan of existing inputs found nothing to audit. */
    static String nothingFound(List<Path> inputs, InputFiles.Scan scan) {
        String where = String.join("、", inputs.stream().map(Path::toString).toList());
        StringBuilder sb = new StringBuilder("未找到可审核的文件：").append(where);
        if (scan.ownReports().isEmpty()) {
            sb.append(" 中没有可读取的文件（").append(InputFiles.supportedList()).append("）");
        } else {
            sb.append(" 中只有 budget-audit 生成的报告，没有预算公开文件");
        }
        if (!scan.subfolders().isEmpty()) {
            sb.append("；其中的 ").append(scan.subfolders().size()).append(" 个子文件夹未进入，审核整个目录树请用 batch");
        }
        return sb.append("。").toString();
    }
}
