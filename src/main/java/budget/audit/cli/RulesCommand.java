package budget.audit.cli;

import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.CatalogueFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "rules", versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        exitCodeListHeading = "%n退出码：%n", description = "列出规则目录：编号、名称、类别、默认级别、说明。")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
            description = "输出格式：text（表格）、md（Markdown）、json。默认：${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        java.util.List<budget.audit.rules.api.RuleSpec> specs = RuleCatalogue.builtIn().specs();
        String text = CatalogueFormats.render(specs, format,
                new budget.audit.report.Remedies(budget.audit.report.TemplateEngine.classpath()).forCatalogue(specs));
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
