package budget.audit.cli;

import budget.audit.bench.Benchmark;
import budget.audit.bench.FilingSetWriter;
import budget.audit.bench.GroundTruth;
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

@Command(name = "bench", description = "性能与准确性基准：生成带已知缺陷的合成预算公开文件，并批量审核、计时、评分。",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "请指定子命令：generate 或 run");
    }

    @Command(name = "generate", description = "在 DIR 下生成 N 个合成预算公开文件（按区县分文件夹）及 ground-truth.json（每个文件注入的缺陷）。")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOptions helpOptions;

        @Option(names = "--count", defaultValue = "100", paramLabel = "N", description = "文件数（默认：${DEFAULT-VALUE}）")
        int count;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（默认：${DEFAULT-VALUE}）；同一种子生成相同文件")
        long seed;

        @Parameters(paramLabel = "DIR", description = "输出文件夹")
        Path dir;

        @Override
        public Integer call() throws IOException {
            GroundTruth truth = FilingSetWriter.write(dir, count, seed);
            long defective = truth.filings().stream().filter(e -> !e.expectedFail().isEmpty()).count();
            spec.commandLine().getOut().printf("已生成 %d 个文件（其中注入缺陷的 %d 个），缺陷清单：%s%n", count, defective,
                    dir.resolve(GroundTruth.FILE_NAME));
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
    }

    @Command(name = "run", description = "生成 N 个合成文件并批量审核，输出速度、各阶段耗时、内存峰值、报告大小和召回率/精确率。")
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOptions helpOptions;

        @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "文件数（默认：${DEFAULT-VALUE}）")
        int count;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（默认：${DEFAULT-VALUE}）")
        long seed;

        @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行线程数（默认：CPU 核数）")
        Integer jobs;

        @Option(names = "--format", split = ",", defaultValue = "pdf,xlsx,json", paramLabel = "FMT",
                description = "报告格式（默认：${DEFAULT-VALUE}）")
        List<String> formats;

        @Option(names = "--work", paramLabel = "DIR", description = "工作文件夹（默认：临时文件夹，结束后保留以便查看）")
        Path work;

        @Override
        public Integer call() throws IOException {
            Path dir = work != null ? work : Files.createTempDirectory("budget-audit-bench-");
            int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
            BatchConsole console = new BatchConsole(spec.commandLine().getOut(), spec.commandLine().getErr(),
                    System.console() != null, null);
            Benchmark.Result result = Benchmark.run(dir, count, seed, threads, formats, console);
            spec.commandLine().getOut().print("线程数：" + threads + System.lineSeparator() + result.format());
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
    }
}
