package budget.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** "budget-audit help [COMMAND]": picocli's help subcommand, described in Chinese. */
@Command(name = "help", helpCommand = true, usageHelpAutoWidth = true,
        description = "显示指定子命令的帮助，如：budget-audit help audit")
final class HelpSubcommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "要查看帮助的子命令")
    String command;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出")
    boolean help;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent() == null ? self : self.getParent();
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            throw new CommandLine.ParameterException(parent, "未知的子命令：'" + command + "'（可用的子命令："
                    + String.join("、", parent.getSubcommands().keySet()) + "）");
        }
        sub.usage(out, colors);
    }
}
