package budget.audit.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchPlannerTest {

    @TempDir
    Path dir;

    private Path touch(String rel) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void mirrorsTreeSkipsHiddenAndOwnOutputAndSeparatesSameBaseNames() throws Exception {
        touch("in/a/甲.txt");
        touch("in/a/甲.pdf");
        touch("in/b/c/乙.docx");
        touch("in/.git/x.txt");
        touch("in/out/old.txt");
        touch("in/notes.md");
        List<BatchJob> jobs = BatchPlanner.plan(List.of(dir.resolve("in")), dir.resolve("in/out"));
        assertEquals(List.of("a/甲.pdf", "a/甲.txt", "b/c/乙.docx"), jobs.stream().map(BatchJob::relative).toList());
        Path out = dir.resolve("in/out").toAbsolutePath().normalize();
        assertEquals(out.resolve("a"), jobs.get(0).outputDir());
        assertEquals("甲", jobs.get(0).baseName());
        assertEquals("甲_txt", jobs.get(1).baseName());
        assertEquals(out.resolve("b/c"), jobs.get(2).outputDir());
    }

    @Test
    void severalRootsEachGetAFolder() throws Exception {
        touch("x/2024/a.txt");
        touch("y/2024/a.txt");
        List<BatchJob> jobs = BatchPlanner.plan(List.of(dir.resolve("x/2024"), dir.resolve("y/2024")),
                dir.resolve("out"));
        assertEquals(List.of("2024/a.txt", "2024-2/a.txt"), jobs.stream().map(BatchJob::relative).toList());
    }

    @Test
    void chartBarsCountFilingsByWorstFinding() {
        FilingRow err = row("a", 2, 1, 0);
        FilingRow warn = row("b", 0, 1, 3);
        FilingRow info = row("c", 0, 0, 1);
        FilingRow clean = row("d", 0, 0, 0);
        // a 决算 filing: no budget rule ran, so it is not counted as "no problems"
        FilingRow finalAccounts = new FilingRow("e", null, null, null, null, "未核对（预算规则未适用于决算公开）", 0, 0, 0,
                0, Map.of(), List.of(), List.of(), List.of());
        BatchSummary s = new BatchSummary(new BatchSummary.Tool("t", "1"), "2026-01-15",
                new BatchSummary.Totals(6, 4, 0, 1, 1, 2, 2, 2, 4, 0), Map.of(),
                List.of(new RuleStat("SG001", "t", "ERROR", 1, 4, 0, 3, 0), new RuleStat("ZC001", "t", "ERROR", 1, 1, 0, 3, 0)),
                List.of(err, warn, info, clean, finalAccounts),
                List.of(new InputErrorRow("x", "文件为空", false), new InputErrorRow("y", "文件为空", false)));
        assertEquals(List.of(new SummaryPdf.Bar("有错误", "有错误", 1, 50), new SummaryPdf.Bar("仅有警告", "仅有警告", 1, 50),
                new SummaryPdf.Bar("仅有提示", "仅有提示", 1, 50), new SummaryPdf.Bar("未发现问题", "未发现问题", 1, 50),
                new SummaryPdf.Bar("未核对（预算规则未适用）", "未核对（预算规则未适用）", 1, 50),
                new SummaryPdf.Bar("无法审核", "无法审核", 2, 100)), SummaryPdf.verdictBars(s));
        assertEquals(List.of(new SummaryPdf.Bar("SG001", "t", 4, 100), new SummaryPdf.Bar("ZC001", "t", 1, 25)),
                SummaryPdf.ruleBars(s));
    }

    private static FilingRow row(String file, int e, int w, int i) {
        return new FilingRow(file, null, null, null, null, "v", e, w, i, 0, Map.of(), List.of(), List.of(), List.of());
    }
}
