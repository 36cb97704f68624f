package budget.audit.cli;

import budget.audit.engine.AuditRun;
import budget.audit.engine.InputFiles;
import budget.audit.engine.Pipeline;
import budget.audit.engine.RunTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() {
        AuditRun run = Pipeline.create(output.settings());
        RunTally tally = new RunTally(output.failOn);
        ConsoleReporter console = new ConsoleReporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        run.run(InputFiles.expand(inputs, false, output.outputDir), new TeeListener(List.of(tally, console)));
        return Exits.of(tally).code();
    }
}
