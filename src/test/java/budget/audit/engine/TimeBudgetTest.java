package budget.audit.engine;

import budget.audit.ingest.InputException;
import budget.audit.model.Interruption;
import budget.audit.support.Audits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 3: one file gets a bounded time, then it is an input error and the run goes on; no thread is left. */
class TimeBudgetTest {

    @TempDir
    Path dir;

    @Test
    void workOverTheLimitIsAnInputErrorNamingTheLimitAndItsWorkerEnds() throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        TimeBudget budget = new TimeBudget(Duration.ofMillis(300));
        InputException e = assertThrows(InputException.class, () -> budget.run("慢.txt", () -> {
            try {
                while (true) {
                    Interruption.check();
                    Thread.onSpinWait();
                }
            } finally {
                ended.countDown();
            }
        }));
        assertEquals("慢.txt", e.fileName());
        assertTrue(e.reason().startsWith("处理超时") && e.reason().contains("0.3 秒"), e.reason());
        assertTrue(ended.await(10, TimeUnit.SECONDS), "the abandoned worker must end");
    }

    @Test
    void resultsAndErrorsOfWorkWithinTheLimitPassThrough() throws Exception {
        TimeBudget budget = new TimeBudget(Duration.ofSeconds(30));
        assertEquals(42, budget.run("a.txt", () -> 42));
        InputException bad = new InputException("a.txt", "文件为空");
        assertEquals(bad, assertThrows(InputException.class, () -> budget.run("a.txt", () -> {
            throw bad;
        })));
        assertThrows(StackOverflowError.class, () -> budget.run("a.txt", () -> {
            throw new StackOverflowError();
        }));
    }

    /** A large prose file (9 MB, 460,000 amounts) that takes far longer than 5 s to audit (tens of thousands of amounts). */
    private Path slowFiling() throws Exception {
        StringBuilder sb = new StringBuilder("某某局2024年部门预算\n机关运行经费预算30万元。\n");
        for (int i = 0; i < 20_000; i++) {
            String items = "办公费1万元、印刷费2万元、邮电费3万元、差旅费4万元、维修费5万元、会议费6万元、培训费7万元、"
                    + "公务接待费8万元、专用材料费9万元、劳务费10万元、委托业务费11万元、";
            sb.append(items).append(items).append("水电费12万元。\n");
        }
        Path slow = dir.resolve("in").resolve("慢.txt");
        Files.createDirectories(slow.getParent());
        Files.writeString(slow, sb, StandardCharsets.UTF_8);
        return slow;
    }

    @Test
    void aFileOverItsBudgetFailsAloneWritesNothingAndLeavesNoWorker() throws Exception {
        Path slow = slowFiling();
        Path good = Path.of("samples").resolve(Files.list(Path.of("samples"))
                .filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow().getFileName());
        Path out = dir.resolve("out");
        AuditRun run = Pipeline.create(Audits.settings(out, "json"), new TimeBudget(Duration.ofSeconds(5)));
        List<String> errors = new ArrayList<>();
        List<Path> audited = new ArrayList<>();
        run.run(List.of(good, slow, good), new AuditListener() {
            @Override
            public void fileAudited(AuditResult result) {
                audited.add(result.input());
            }

            @Override
            public void inputError(Path file, InputException error) {
                errors.add(file.getFileName() + "：" + error.reason());
            }
        });
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("慢.txt：处理超时") && errors.getFirst().contains("5 秒"),
                errors.toString());
        assertEquals(List.of(good, good), audited);
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("慢")), "no report of the slow file");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (workersAlive() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, workersAlive(), "the timed-out worker must end, not keep running");
    }

    private static long workersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("budget-audit-file-")).count();
    }
}
