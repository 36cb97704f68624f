package budget.audit.cli;

import budget.audit.engine.AuditRun;
import budget.audit.engine.InputFiles;
import budget.audit.engine.Pipeline;
import budget.audit.engine.RunTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", sortOptions = false, versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        description = {"审核一个或多个预算公开文件（部门预算/单位预算），每个文件生成 PDF、XLSX、JSON 审核报告。",
                "支持 TXT（UTF-8/GB18030 自动识别）、PDF、DOCX、XLSX/XLS、HTML 网页（.html/.htm）；给出文件夹时审核其中的受支持文件。"},
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

    @Override
    public Integer call() {
        AuditRun run = Pipeline.create(output.settings());
        RunTally tally = new RunTally(output.failOn);
        ConsoleReporter console = new ConsoleReporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        List<Path> files = InputFiles.expand(inputs, false, output.outputDir);
        TeeListener listener = new TeeListener(List.of(tally, console));
        if (oneFiling) {
            run.runAsOneFiling(files, listener);
        } else {
            run.run(files, listener);
        }
        return Exits.of(tally).code();
    }
}
