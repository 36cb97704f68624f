package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 3: a FIFO does not hang a run, --jobs and --timeout are bounded and explained. */
class StallOptionsTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo not available: " + e.getMessage());
        }
        return fifo;
    }

    @Test
    void aFifoNamedOnTheCommandLineIsRefusedNotWaitedOn() throws Exception {
        Path fifo = fifo("fifo.txt");
        Path sample = Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow();
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run("audit",
                fifo.toString(), sample.toString(), "-o", dir.resolve("out").toString(), "--format", "json",
                "--fail-on", "never", "--date", "2026-01-15"));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR.code(), r.exitCode(), r.err());
        assertTrue(r.err().contains("fifo.txt") && r.err().contains("不是普通文件"), r.err());
        assertTrue(Files.exists(dir.resolve("out").resolve(sample.getFileName().toString().replace(".txt", ".json"))),
                "the other file is audited");
    }

    @Test
    void aFifoAsABatchInputIsRefusedToo() throws Exception {
        Path fifo = fifo("管道.pdf");
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run("batch",
                fifo.toString(), "-o", dir.resolve("out").toString(), "--format", "json", "--date", "2026-01-15"));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR.code(), r.exitCode(), r.err());
    }

    /** A FIFO inside a scanned folder was skipped without a word; it is listed as an input error now. */
    @Test
    void aFifoInsideABatchFolderIsListedAsAnInputError() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path fifo = fifo("in/管道.txt");
        Files.copy(Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow(), in.resolve("样例.txt"));
        Path out = dir.resolve("out");
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run("batch",
                in.toString(), "-o", out.toString(), "--format", "json", "--date", "2026-01-15"));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR.code(), r.exitCode(), r.err());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"file\" : \"管道.txt\"") || summary.contains("\"file\":\"管道.txt\""), summary);
        assertTrue(summary.contains("不是普通文件"), summary);
        assertTrue(Files.exists(out.resolve("样例.json")), "the other file is audited");
        assertTrue(Files.exists(fifo));
    }

    @Test
    void jobsOutsideOneToSixtyFourIsAClearUsageError() {
        for (String jobs : new String[]{"0", "-3", "65", "2147483647"}) {
            CliRunner.Result r = CliRunner.run("batch", "samples", "-o", dir.resolve("out").toString(),
                    "--jobs", jobs);
            assertEquals(ExitCode.USAGE_OR_INPUT_ERROR.code(), r.exitCode(), jobs + ": " + r.err());
            assertTrue(r.err().contains("--jobs 应为 1 到 64 之间的整数"), r.err());
            assertTrue(Files.notExists(dir.resolve("out").resolve("summary.json")), "nothing audited");
        }
    }

    @Test
    void timeoutIsAPositiveNumberOfSecondsOnAuditAndBatch() {
        for (String command : new String[]{"audit", "batch"}) {
            CliRunner.Result help = CliRunner.run(command, "--help");
            assertTrue(help.out().contains("--timeout") && help.out().contains("处理超时"), help.out());
            for (String t : new String[]{"0", "-1", "86401"}) {
                CliRunner.Result r = CliRunner.run(command, "samples", "-o", dir.resolve("out").toString(),
                        "--timeout", t);
                assertEquals(ExitCode.USAGE_OR_INPUT_ERROR.code(), r.exitCode(), r.err());
                assertTrue(r.err().contains("--timeout 应为 1 到 86400 之间的整数"), r.err());
            }
        }
    }
}
