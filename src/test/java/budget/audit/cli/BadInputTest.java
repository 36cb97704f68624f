package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private List<String> written() throws Exception {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void emptyFileIsOneClearLineAndExit2() throws Exception {
        Path f = Files.write(dir.resolve("空.txt"), new byte[0]);
        CliRunner.Result r = CliRunner.run("audit", f.toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertEquals("空.txt：文件为空", r.err().strip());
        assertTrue(written().isEmpty());
    }

    @Test
    void binaryFileIsRejectedWithoutStackTrace() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Path f = Files.write(dir.resolve("blob.txt"), bytes);
        CliRunner.Result r = CliRunner.run("audit", f.toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("blob.txt："), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(written().isEmpty());
    }

    @Test
    void textThatIsNotABudgetIsRejectedAndOtherFilesStillRun() throws Exception {
        Path poem = Files.writeString(dir.resolve("poem.txt"), "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n",
                StandardCharsets.UTF_8);
        Path good = Files.writeString(dir.resolve("good.txt"), """
                某区统计局2024年部门预算情况说明
                2024年部门支出预算100.00万元，其中：基本支出60.00万元，项目支出40.00万元。
                2024年“三公”经费预算3.00万元，其中：因公出国（境）费0万元，公务用车购置及运行费2.00万元，公务接待费1.00万元。
                """, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("audit", poem.toString(), good.toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("poem.txt：不是预算公开文件"), r.err());
        assertEquals(List.of("good.json", "good.pdf", "good.xlsx"), written());
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        Path good = Files.writeString(dir.resolve("g.txt"), "x");
        CliRunner.Result r = CliRunner.run("audit", good.toString(), "--format", "pdf,doc", "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("doc"), r.err());
        assertTrue(written().isEmpty());
    }

    @Test
    void missingFileIsNamedAsGiven() {
        CliRunner.Result r = CliRunner.run("audit", dir.resolve("nope.txt").toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        // the path as given, not only its last part: the user sees which argument was wrong
        assertEquals(dir.resolve("nope.txt") + "：文件不存在", r.err().strip());
    }
}
