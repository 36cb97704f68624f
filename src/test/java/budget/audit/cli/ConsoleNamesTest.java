package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file name with ESC, CR, newline or a bidi override prints escaped on every console line of audit, batch and
 * coverage: no screen control reaches the terminal and a name cannot forge a result line (issue 12, item 11).
 */
class ConsoleNamesTest {

    @TempDir
    Path dir;

    private static final String FILING = "滨海市测试局2024年部门预算\n一、“三公”经费情况说明\n"
            + "2024年“三公”经费预算6.5万元，比2023年持平。其中：因公出国（境）费1.0万元，公务接待费2.5万元，"
            + "公务用车运行维护费3万元，公务用车购置费0万元。\n";

    /** Forges "伪造.txt：未发现问题 → 伪造.pdf" as a line of its own, clears the screen, reverses text. */
    private static final String GOOD = "好\u001b[2J\r伪造.txt：未发现问题 → 伪造.pdf\n真\u202e名.txt";
    private static final String BAD = "坏\n伪造2.txt：未发现问题\u001b]0;title\u0007.txt";

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve(GOOD), FILING, StandardCharsets.UTF_8);
        Files.write(in.resolve(BAD), new byte[0]);   // empty: an input error naming the file
        return in;
    }

    private static void assertSafe(String console, int expectedLines) {
        for (char c : console.toCharArray()) {
            assertTrue(c == '\n' || (c >= 0x20 && c != 0x7f && c != '\u202e'),
                    "raw control U+" + Integer.toHexString(c) + " in: " + console);
        }
        assertFalse(console.lines().anyMatch(l -> l.startsWith("伪造")), console);
        assertEquals(expectedLines, console.lines().filter(l -> l.contains("伪造")).count(), console);
    }

    @Test
    void auditPrintsNamesEscaped() throws Exception {
        Path in = inputs();
        CliRunner.Result r = CliRunner.run("audit", in.toString(), "-o", dir.resolve("o").toString(),
                "--fail-on", "never");
        assertSafe(r.out(), 1);
        assertSafe(r.err(), 1);
        assertTrue(r.out().contains("好\\e[2J\\r伪造.txt：未发现问题 → 伪造.pdf\\n真\\u202E名.txt"), r.out());
        assertTrue(r.err().contains("坏\\n伪造2.txt：未发现问题\\e]0;title\\u0007.txt"), r.err());
    }

    @Test
    void batchAndCoveragePrintNamesEscaped() throws Exception {
        Path in = inputs();
        CliRunner.Result b = CliRunner.run("batch", in.toString(), "-o", dir.resolve("ob").toString(),
                "--fail-on", "never");
        assertSafe(b.out() + b.err(), 1);
        CliRunner.Result c = CliRunner.run("coverage", in.toString());
        assertSafe(c.out() + c.err(), 3);   // two "== name" lines and the reason naming the empty file
        assertEquals(List.of(), c.out().lines().filter(l -> l.contains("\u001b")).toList());
    }
}
