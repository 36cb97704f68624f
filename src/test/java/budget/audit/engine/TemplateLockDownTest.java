package budget.audit.engine;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates and --rules messages cannot create Java objects or reach the API (issue 12, item 10). */
class TemplateLockDownTest {

    @TempDir
    Path dir;

    private static final String FILING = "滨海市测试局2024年部门预算\n一、“三公”经费情况说明\n"
            + "2024年“三公”经费预算6.5万元，比2023年持平。其中：因公出国（境）费1.0万元，公务接待费2.5万元，"
            + "公务用车运行维护费3万元，公务用车购置费0万元。\n";

    private static final String EXECUTE = "<#assign ex='freemarker.template.utility.Execute'?new()>${ex('echo PWNED-' + 'BY-TEMPLATE')}";

    private static String rules(String message) {
        return """
                custom:
                  - id: LOC001
                    title: 公务接待费不超过因公出国（境）费
                    category: 合理性
                    severity: ERROR
                    check: le
                    left: sangong.reception
                    right: sangong.abroad
                    message: "%s"
                """.formatted(message.replace("\"", "\\\""));
    }

    @Test
    void aRulesFileUsingNewOrApiIsRefusedNamingTheFile() throws Exception {
        Path filing = Files.writeString(dir.resolve("f.txt"), FILING, StandardCharsets.UTF_8);
        for (String message : new String[]{EXECUTE, "${subject?api.getClass()}", "${ 'x' ? new ()}"}) {
            Path rules = Files.writeString(dir.resolve("province-rules.yaml"), rules(message), StandardCharsets.UTF_8);
            Path out = dir.resolve("o");
            CliRunner.Result r = CliRunner.run("audit", filing.toString(), "-o", out.toString(),
                    "--rules", rules.toString(), "--fail-on", "never");
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("规则文件 province-rules.yaml"), r.err());
            assertTrue(r.err().contains("出于安全原因不允许"), r.err());
            assertFalse(Files.exists(out.resolve("f.json")));
        }
    }

    @Test
    void aTemplatesFolderCannotRunCommands() throws Exception {
        Path filing = Files.writeString(dir.resolve("f.txt"), FILING, StandardCharsets.UTF_8);
        Path templates = Files.createDirectories(dir.resolve("tpl/messages"));
        Path api = Files.createDirectories(dir.resolve("tpl2/messages"));
        // every message template of the project replaced, so that whichever the findings use runs the payload
        try (var names = Files.list(Path.of("templates/messages"))) {
            for (Path name : names.toList()) {
                Files.writeString(templates.resolve(name.getFileName().toString()), EXECUTE, StandardCharsets.UTF_8);
                Files.writeString(api.resolve(name.getFileName().toString()), "${subject?api.length()}",
                        StandardCharsets.UTF_8);
            }
        }
        for (Path t : new Path[]{templates.getParent(), api.getParent()}) {
            Path out = dir.resolve("o-" + t.getFileName());
            CliRunner.Result r = CliRunner.run("audit", filing.toString(), "-o", out.toString(),
                    "--templates", t.toString(), "--fail-on", "never");
            assertFalse((r.out() + r.err()).contains("PWNED-BY-TEMPLATE"), r.out() + r.err());
            if (Files.exists(out.resolve("f.json"))) {
                assertFalse(Files.readString(out.resolve("f.json")).contains("PWNED-BY-TEMPLATE"));
            }
            assertTrue(r.exitCode() != 0, r.out() + r.err());
        }
    }
}
