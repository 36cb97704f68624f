package budget.audit.cli;

import budget.audit.engine.AuditRun;
import budget.audit.engine.AuditSettings;
import budget.audit.engine.InputFiles;
import budget.audit.engine.Pipeline;
import budget.audit.engine.PublishedBudget;
import budget.audit.engine.RunTally;
import budget.audit.ingest.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "audit", sortOptions = false, versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        description = {"审核一个或多个预算公开文件（部门预算/单位预算），每个文件生成 PDF、XLSX、JSON 审核报告。",
                "输入为 PDF 时另生成标注原文（…-标注.pdf）；--format docx 另生成可编辑的 Word 报告。",
                "支持 TXT（UTF-8/GB18030 自动识别）、PDF、DOC、DOCX、XLSX/XLS、HTML 网页（.html/.htm）。",
                "给出文件夹时只审核该文件夹本层的受支持文件，不进入子文件夹（含子文件夹请用 batch）；"
                        + "跳过的文件和子文件夹会在运行时说明。",
                "同名文件（如 y2023/部门预算.txt 与 y2024/部门预算.txt）的报告名会加上文件夹名或扩展名区分，不会互相覆盖。"},
        exitCodeListHeading = "%n退出码：%n")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要审核的文件或文件夹")
    List<Path> inputs;

    @Mixin
    OutputOptions output;

    @Option(names = {"--one-filing", "--merge"},
            description = "把给出的全部文件作为同一份预算公开合并审核（如分开发布的情况说明与报表），只生成一套报告，出处注明所在文件")
    boolean oneFiling;

    @Option(names = "--budget", paramLabel = "FILE",
            description = {"同一部门同一年度已公开的部门预算（TXT/PDF/DOCX/XLSX/HTML 等任一受支持格式）。审核部门决算时，"
                    + "将决算所列年初预算数与该预算核对（JS011），结果写入决算自己的报告（发现的问题、规则执行情况，"
                    + "报告开头注明所对照的预算文件及其 SHA-256）。该文件只读取，不审核、不生成报告。",
                    "部门、年度与决算不同或不是部门预算时不作比较，JS011 记为未核对并写明原因；文件无法读取时决算照常审核，"
                            + "JS011 记为未核对，退出码 2。所审核的是预算而不是决算时不起作用（给出一行提示）。"})
    Path budgetFile;

    @Override
    public Integer call() {
        AuditSettings settings = output.settings();
        budget.audit.engine.TimeBudget budget = output.timeBudget();
        PrintWriter err = spec.commandLine().getErr();
        RunTally tally = new RunTally(output.failOn);
        ConsoleReporter console = new ConsoleReporter(spec.commandLine().getOut(), err,
                SourceFormatNotes.of(output.formatsGiven(), settings));
        TeeListener listener = new TeeListener(List.of(tally, console));

        List<Path> existing = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.exists(p)) {
                existing.add(p);
            } else {
                // the path as given, so that the user sees which argument was wrong
                listener.inputError(p, new InputException(p.toString(), "文件不存在"));
            }
        }
        InputChecks.refuseOutputAroundInputs(existing, settings.outputDir());
        InputFiles.Scan scan = InputFiles.scan(existing, false, settings.outputDir());
        List<Path> files = distinct(scan.files());
        scan.skippedLines().forEach(line -> err.println(Terminal.safe(line)));
        if (!scan.subfolders().isEmpty() && !scan.files().isEmpty()) {
            err.println("未进入 " + scan.subfolders().size() + " 个子文件夹（audit 只审核所给文件夹本层的文件；"
                    + "含子文件夹请用 batch）");
        }
        if (files.isEmpty()) {
            if (!existing.isEmpty()) {
                err.println(Terminal.safe(InputChecks.nothingFound(existing, scan)));
            }
            err.flush();
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        err.flush();
        AuditRun run = Pipeline.create(settings, budget);
        BudgetNotes notes = new BudgetNotes(err);
        if (budgetFile != null) {
            PublishedBudget published = run.readBudget(budgetFile);
            if (!published.readable()) {
                listener.inputError(budgetFile, new InputException(budgetFile.toString(),
                        "--budget 指定的部门预算无法读取（" + published.error() + "）；决算照常审核，JS011 记为未核对"));
            }
            run = run.comparingWith(published);
            listener = new TeeListener(List.of(tally, console, notes));
        }
        if (oneFiling) {
            run.runAsOneFiling(files, listener);
        } else {
            run.run(files, listener);
        }
        notes.finish();
        return Exits.of(tally).code();
    }

    /** The same file given twice (or as a file and through its folder) is audited once. */
    private static List<Path> distinct(List<Path> files) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> kept = new ArrayList<>();
        for (Path f : files) {
            if (seen.add(f.toAbsolutePath().normalize())) {
                kept.add(f);
            }
        }
        return kept;
    }
}
