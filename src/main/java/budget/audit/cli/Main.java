package budget.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

@Command(name = "budget-audit", versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        subcommands = {AuditCommand.class, BatchCommand.class, CoverageCommand.class, BenchCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class},
        description = {"预算公开审核工具：读取部门预算/单位预算公开文件（情况说明与预算表），按规则目录核对算术关系与公开内容，生成可附于审查意见的 PDF 审核报告、XLSX 工作底稿和 JSON 数据。",
                "",
                "示例：budget-audit audit samples/ -o output/",
                "      budget-audit batch 各部门公开文件/ -o 审核结果/ --resume",
                "      budget-audit coverage 各部门公开文件/",
                "      budget-audit rules"},
        exitCodeListHeading = "%n退出码：%n")
public final class Main implements Runnable {

    @CommandLine.Mixin
    HelpOptions helpOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令：audit、batch、coverage、bench、rules（见 --help）");
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        applyExitCodeList(cmd);
        return cmd;
    }

    private static void applyExitCodeList(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%n退出码：%n").exitCodeList(ExitCode.helpList());
        cmd.getSubcommands().values().forEach(Main::applyExitCodeList);
        CommandLine coverage = cmd.getSubcommands().get("coverage");
        if (coverage != null) {
            // it only counts: findings never change its exit code
            java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
            list.put(" " + ExitCode.OK.code(), "完成（只统计，不论发现多少问题）");
            list.put(" 2", "用法错误");
            coverage.getCommandSpec().usageMessage().exitCodeList(list);
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
