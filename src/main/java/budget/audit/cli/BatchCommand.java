package budget.audit.cli;

import budget.audit.batch.BatchOutcome;
import budget.audit.batch.BatchRunner;
import budget.audit.batch.BatchSummary;
import budget.audit.batch.FilingRow;
import budget.audit.engine.AuditSettings;
import budget.audit.engine.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "batch", sortOptions = false, usageHelpAutoWidth = true,
        description = {"批量审核文件夹（含全部子文件夹）中的预算公开文件，多线程并行。",
                "每个文件的报告按输入的相对路径写入输出文件夹。",
                "另生成汇总.xlsx、汇总.pdf 和 summary.json。",
                "单个文件无法审核不影响其他文件。",
                "中断后可用 --resume 继续。"},
        exitCodeListHeading = "%n退出码：%n")
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "要审核的文件夹（或文件）")
    List<Path> inputs;

    @Mixin
    OutputOptions output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行线程数，1 到 64（默认：CPU 核数，至多 64）")
    Integer jobs;

    @Option(names = "--resume", description = "跳过报告已完整生成且输入未改变的文件（依据输出文件夹中的状态文件 .audit-state.json）")
    boolean resume;

    @Option(names = "--progress-every", paramLabel = "N", hidden = true,
            description = "非终端输出时每 N 个文件打印一行进度（默认：约每 5%）")
    Integer progressEvery;

    @Override
    public Integer call() throws IOException {
        AuditSettings settings = output.settings();
        budget.audit.engine.TimeBudget budget = output.timeBudget();
        int threads = jobs == null ? Math.min(BatchRunner.MAX_JOBS, Runtime.getRuntime().availableProcessors()) : jobs;
        if (threads < 1 || threads > BatchRunner.MAX_JOBS) {
            throw new IllegalArgumentException("--jobs 应为 1 到 " + BatchRunner.MAX_JOBS + " 之间的整数，而不是 " + threads);
        }
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("找不到 " + p + "（文件或文件夹不存在），未审核任何文件");
            }
        }
        InputChecks.refuseOutputAroundInputs(inputs, settings.outputDir());
        InputFiles.Scan scan = InputFiles.scan(inputs, true, settings.outputDir());
        scan.skippedLines().forEach(line -> spec.commandLine().getErr().println(Terminal.safe(line)));
        if (scan.files().isEmpty()) {
            // nothing to audit: say so, and write no empty summary a reader could take for "no problems"
            spec.commandLine().getErr().println(Terminal.safe(InputChecks.nothingFound(inputs, scan)));
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        BatchConsole console = new BatchConsole(spec.commandLine().getOut(), spec.commandLine().getErr(),
                System.console() != null, progressEvery);
        // SIGINT / SIGTERM: one line saying how far the batch got and the --resume command to go on
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Thread onStop = new Thread(() -> {
            if (!over.get()) {
                console.interruptedLine(resumeCommand());
            }
        }, "batch-interrupted");
        Runtime.getRuntime().addShutdownHook(onStop);
        BatchOutcome outcome;
        try {
            outcome = new BatchRunner(settings, threads, resume, budget).run(inputs, console);
        } finally {
            over.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException alreadyStopping) {
                // the JVM is shutting down: the hook runs, sees the batch over and prints nothing
            }
        }
        console.finalLine(outcome, output.outputDir);
        return exitCode(outcome.summary()).code();
    }

    /** "budget-audit batch IN… -o OUT --resume", paths quoted for the shell when needed and escaped for the screen. */
    private String resumeCommand() {
        StringBuilder sb = new StringBuilder("budget-audit batch");
        for (Path p : inputs) {
            sb.append(' ').append(shellQuoted(p.toString()));
        }
        sb.append(" -o ").append(shellQuoted(output.outputDir.toString())).append(" --resume");
        return Terminal.safe(sb.toString());
    }

    private static String shellQuoted(String s) {
        return s.matches("[\\p{IsHan}A-Za-z0-9_./:=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    ExitCode exitCode(BatchSummary summary) {
        if (summary.totals().inputErrors() > 0 || summary.totals().withRuleErrors() > 0) {
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        for (FilingRow row : summary.filings()) {
            if (output.failOn.failsOn(row.summary())) {
                return ExitCode.FINDINGS;
            }
        }
        // a 部门决算 differing from the published 部门预算 (JS011, ERROR): a finding of the batch, not of one filing
        if (output.failOn.failsOn(new budget.audit.report.model.AuditReport.Summary(
                summary.totals().crossCheckErrors(), 0, 0, 0, null))) {
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
