package budget.audit.cli;

import picocli.CommandLine;

/** Turns an unexpected exception into one message line and exit code 2: the user never sees a stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof IllegalArgumentException || ex instanceof budget.audit.batch.SummaryWriter.Failure) {
            cmd.getErr().println("错误：" + Terminal.safe(message));
        } else {
            cmd.getErr().println("内部错误：" + message + "（" + ex.getClass().getSimpleName() + "）");
        }
        cmd.getErr().flush();
        return ExitCode.USAGE_OR_INPUT_ERROR.code();
    }
}
