package budget.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

@Command(name = "budget-audit", versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        subcommands = {AuditCommand.class, BatchCommand.class, CoverageCommand.class, BenchCommand.class, RulesCommand.class,
                HelpSubcommand.class},
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
        // a path the locale cannot spell (LANG unset, LC_ALL=C): one Chinese line saying what to set
        cmd.registerConverter(java.nio.file.Path.class, value -> {
            try {
                return java.nio.file.Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new UnrepresentablePath(budget.audit.engine.PathEncoding.representable(value)
                        ? "无效的路径：" + value : budget.audit.engine.PathEncoding.reason());
            }
        });
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        applyExitCodeList(cmd);
        return cmd;
    }

    private static void applyExitCodeList(CommandLine cmd) {
        CommandLine.Model.UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        usage.synopsisHeading("用法：").commandListHeading("%n子命令：%n");
        cmd.getSubcommands().values().forEach(Main::applyExitCodeList);
        String name = cmd.getCommandSpec().name();
        if (cmd.getCommand() instanceof HelpSubcommand) {
            usage.exitCodeList(java.util.Map.of());
        } else if (cmd.getCommand() instanceof CoverageCommand) {
            // it only counts: findings never change its exit code
            usage.exitCodeListHeading("%n退出码：%n").exitCodeList(onlyDoneOrUsage("完成（只统计，不论发现多少问题）"));
        } else if (cmd.getCommand() instanceof RulesCommand) {
            usage.exitCodeListHeading("%n退出码：%n").exitCodeList(onlyDoneOrUsage("完成"));
        } else if (name.equals("bench") || (cmd.getParent() != null
                && cmd.getParent().getCommand() instanceof BenchCommand)) {
            // a benchmark's findings are its measurements: they never change its exit code
            usage.exitCodeListHeading("%n退出码：%n").exitCodeList(onlyDoneOrUsage("完成（审核发现不影响退出码）"));
        } else {
            usage.exitCodeListHeading("%n退出码：%n").exitCodeList(ExitCode.helpList());
        }
    }

    private static java.util.Map<String, String> onlyDoneOrUsage(String done) {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        list.put(" " + ExitCode.OK.code(), done);
        list.put(" " + ExitCode.USAGE_OR_INPUT_ERROR.code(), "用法错误，或无法读写所需的文件");
        return list;
    }

    /** A command-line path the JVM cannot use; its message is the whole, Chinese usage error. */
    static final class UnrepresentablePath extends CommandLine.TypeConversionException {
        UnrepresentablePath(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
