package budget.audit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LANG unset / LC_ALL=C (cron, systemd, minimal containers): the JVM spells file names in ASCII. A Chinese file
 * name fails with one Chinese line saying what to set, never a stack trace, and the other files are still audited
 * (issue 12, item 6). Runs the tool in a child JVM with that environment.
 */
class PosixLocaleTest {

    @TempDir
    Path dir;

    private static final String FILING = "滨海市测试局2024年部门预算\n一、“三公”经费情况说明\n"
            + "2024年“三公”经费预算6.5万元，比2023年持平。其中：因公出国（境）费1.0万元，公务接待费2.5万元，"
            + "公务用车运行维护费3万元，公务用车购置费0万元。\n";

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "budget.audit.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        env.put("LC_ALL", "C");
        pb.redirectOutput(dir.resolve("out.log").toFile()).redirectError(dir.resolve("err.log").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8));
    }

    private Path folder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("部门预算.txt"), FILING, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("plain.txt"), FILING, StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void chineseNamesUnderTheCLocaleFailWithOneClearLineAndTheRestIsAudited() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "POSIX locales");
        Path in = folder();
        Run audit = run("audit", in.toString(), "-o", dir.resolve("a").toString(), "--fail-on", "never");
        assertEquals(2, audit.exit(), audit.err());
        assertTrue(Files.exists(dir.resolve("a/plain.json")), audit.out() + audit.err());
        assertTrue(audit.err().contains("export LANG=C.UTF-8"), audit.err());
        assertEquals(1, audit.err().lines().count(), audit.err());
        assertFalse(audit.err().contains("Exception"), audit.err());

        Run batch = run("batch", in.toString(), "-o", dir.resolve("b").toString(), "--fail-on", "never");
        assertEquals(2, batch.exit(), batch.err());
        assertTrue(Files.exists(dir.resolve("b/plain.json")), batch.out() + batch.err());
        assertTrue(Files.exists(dir.resolve("b/summary.json")), batch.out() + batch.err());
        assertTrue(batch.err().contains("export LANG=C.UTF-8"), batch.err());
        assertFalse((batch.out() + batch.err()).contains("Exception"), batch.err());
        assertTrue(batch.out().contains("已审核 1 个文件"), batch.out());

        Run named = run("audit", in.resolve("部门预算.txt").toString(), "-o", dir.resolve("c").toString());
        assertEquals(2, named.exit(), named.err());
        assertTrue(named.err().contains("export LANG=C.UTF-8"), named.err());
        assertFalse(named.err().contains("Exception"), named.err());
    }
}
