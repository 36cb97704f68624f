package budget.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Usage errors: the message in Chinese and a pointer to --help, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private static final Pattern INVALID_VALUE = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '?([^':]+?)'?(?: \\([^)]*\\))?: (.*)", Pattern.DOTALL);
    private static final Pattern NOT_A = Pattern.compile("'(.*)' is not an? (int|long|integer|double|number).*",
            Pattern.DOTALL);
    private static final Pattern OVERWRITTEN = Pattern.compile("(?:option|positional parameter) '?([^' ]+)'?.*"
            + "should be specified only once.*", Pattern.DOTALL);

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("用法错误：" + message(ex));
        cmd.getErr().println("运行 '" + cmd.getCommandSpec().qualifiedName() + " --help' 查看用法。");
        cmd.getErr().flush();
        return ExitCode.USAGE_OR_INPUT_ERROR.code();
    }

    /** picocli's English message said in Chinese; a message that is already Chinese is kept. */
    static String message(CommandLine.ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String raw = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex.getCause() instanceof Main.UnrepresentablePath p) {
            return p.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(cmd, u);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return missing(m, raw);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            Matcher o = OVERWRITTEN.matcher(raw);
            return (o.matches() ? "选项 " + o.group(1) : "该选项") + " 只能给出一次";
        }
        if (containsChinese(raw) && !raw.startsWith("Invalid value")) {
            return raw;
        }
        Matcher v = INVALID_VALUE.matcher(raw);
        if (v.matches()) {
            String detail = v.group(2).strip();
            Matcher n = NOT_A.matcher(detail);
            if (n.matches()) {
                detail = "'" + n.group(1) + "' 不是整数";
            } else if (!containsChinese(detail)) {
                detail = ex.getValue() != null ? "无法识别 '" + ex.getValue() + "'" : "无法识别（" + detail + "）";
            }
            // our own converters already name the option
            return detail.startsWith(v.group(1)) ? detail : "选项 " + v.group(1) + " 的取值无效：" + detail;
        }
        if (raw.startsWith("Expected parameter for option")) {
            return "选项缺少取值（" + raw + "）";
        }
        return containsChinese(raw) ? raw : "无法解析命令行（" + raw + "）";
    }

    private static String unmatched(CommandLine cmd, CommandLine.UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.getFirst();
        List<String> suggestions = u.getSuggestions();
        String quoted = String.join(" ", args.stream().map(a -> "'" + a + "'").toList());
        if (u.isUnknownOption()) {
            return "未知的选项：" + quoted + (suggestions.isEmpty() ? "" : "（是否想用：" + String.join("、", suggestions) + "？）");
        }
        if (!cmd.getSubcommands().isEmpty()) {
            if (!suggestions.isEmpty() && !(cmd.getParent() == null && looksLikeAPath(first))) {
                return "未知的子命令：'" + first + "'（是否想用：" + String.join("、", suggestions) + "？）";
            }
            String name = cmd.getCommandSpec().qualifiedName();
            if (cmd.getParent() == null) {
                return "未知的子命令：'" + first + "'。要审核文件或文件夹，请用：" + name + " audit "
                        + String.join(" ", args) + "（可用的子命令：" + String.join("、", subcommandNames(cmd)) + "）";
            }
            return "未知的子命令：'" + first + "'（可用的子命令：" + String.join("、", subcommandNames(cmd)) + "）";
        }
        return "多余的参数：" + quoted;
    }

    /** "samples/", "报告.pdf" or an existing name: the user meant to audit it, not a near-miss subcommand. */
    private static boolean looksLikeAPath(String arg) {
        if (arg.contains("/") || arg.contains("\\") || arg.contains(".")) {
            return true;
        }
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static List<String> subcommandNames(CommandLine cmd) {
        return cmd.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    private static String missing(CommandLine.MissingParameterException m, String raw) {
        List<String> names = m.getMissing().stream().map(UsageErrorHandler::describe).toList();
        if (raw.contains("for option")) {
            return "选项 " + String.join("、", names) + " 缺少取值";
        }
        return "缺少必需的参数：" + String.join("、", names);
    }

    private static String describe(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName() + (o.paramLabel() == null ? "" : "（" + o.paramLabel() + "）");
        }
        PositionalParamSpec p = (PositionalParamSpec) spec;
        String[] description = p.description();
        return p.paramLabel() + (description.length == 0 ? "" : "（" + description[0] + "）");
    }

    private static boolean containsChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
