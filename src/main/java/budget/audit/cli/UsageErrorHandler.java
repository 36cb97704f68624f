package budget.audit.cli;

import picocli.CommandLine;

/** Usage errors: the message and a pointer to --help, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("用法错误：" + ex.getMessage());
        cmd.getErr().println("运行 '" + cmd.getCommandSpec().qualifiedName() + " --help' 查看用法。");
        cmd.getErr().flush();
        return ExitCode.USAGE_OR_INPUT_ERROR.code();
    }
}
