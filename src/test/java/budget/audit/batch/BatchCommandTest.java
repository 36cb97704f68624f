package budget.audit.batch;

import budget.audit.bench.GeneratedFiling;
import budget.audit.support.CliRunner;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4: a folder of generated filings, three bad files and (when present) the five seeds, in one batch. */
class BatchCommandTest {

    @TempDir
    static Path dir;

    static Path in;
    static Path out;
    static List<GeneratedFiling> generated;
    static int seeds;
    static CliRunner.Result result;

    @BeforeAll
    static void runBatch() throws Exception {
        in = dir.resolve("in");
        out = dir.resolve("out");
        generated = BatchFixtures.generate(in, 11, 13, 21);
        Path bad = Files.createDirectories(in.resolve("坏文件"));
        Files.write(bad.resolve("空.txt"), new byte[0]);
        byte[] blob = new byte[4096];
        new Random(7).nextBytes(blob);
        blob[10] = 0;
        Files.write(bad.resolve("blob.txt"), blob);
        Files.writeString(bad.resolve("poem.txt"), "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve(".hidden.txt"), "not scanned");
        Optional<Path> shared = SharedMaterial.root();
        if (shared.isPresent()) {
            Path seedDir = Files.createDirectories(in.resolve("seeds"));
            try (Stream<Path> s = Files.list(shared.get().resolve("seeds"))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(p, seedDir.resolve(p.getFileName()));
                    seeds++;
                }
            }
        }
        result = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--date", "2026-01-15", "--jobs", "2");
    }

    @Test
    void exitCodeAndFinalLine() {
        assertEquals(2, result.exitCode(), result.err());
        int audited = generated.size() + seeds;
        assertTrue(result.out().startsWith("已审核 " + audited + " 个文件（其中沿用已有结果 0 个），"), result.out());
        assertTrue(result.out().contains("无法审核 3 个"), result.out());
        assertTrue(result.err().contains("坏文件/空.txt：文件为空"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void reportsMirrorTheInputTree() throws Exception {
        for (GeneratedFiling f : generated) {
            String base = f.path().substring(0, f.path().length() - ".txt".length());
            for (String ext : List.of(".pdf", ".xlsx", ".json", ".audit-state.json")) {
                assertTrue(Files.isRegularFile(out.resolve(base + ext)), base + ext);
            }
        }
        assertFalse(Files.exists(out.resolve("坏文件")), "no report for a bad file");
        assertFalse(Files.exists(out.resolve(".hidden.json")));
        assertEquals(List.of(), BatchFixtures.files(out, ".part"));
    }

    @Test
    void inputErrorsAreListedWithTheirReasons() throws Exception {
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        Map<String, String> errors = new TreeMap<>();
        s.get("inputErrors").forEach(e -> errors.put(e.get("file").asText(), e.get("reason").asText()));
        assertEquals(List.of("坏文件/blob.txt", "坏文件/poem.txt", "坏文件/空.txt"), new ArrayList<>(errors.keySet()));
        assertEquals("文件为空", errors.get("坏文件/空.txt"));
        assertTrue(errors.get("坏文件/poem.txt").startsWith("不是预算公开文件"), errors.toString());
        assertEquals(3, s.at("/totals/inputErrors").asInt());
        assertEquals(generated.size() + seeds + 3, s.at("/totals/files").asInt());
        assertEquals(generated.size() + seeds, s.at("/totals/audited").asInt());
    }

    @Test
    void generatedDefectsAreFound() throws Exception {
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        Map<String, List<String>> failed = new TreeMap<>();
        s.get("filings").forEach(f -> {
            List<String> ids = new ArrayList<>();
            f.get("failedRules").forEach(r -> ids.add(r.asText()));
            failed.put(f.get("file").asText(), ids.stream().sorted().toList());
        });
        for (GeneratedFiling f : generated) {
            assertEquals(f.expectedFail(), failed.get(f.path()), f.path());
        }
    }

    /** Every number of the summary agrees with the per-filing JSON report it came from. */
    @Test
    void summaryAgreesWithEveryFilingsJson() throws Exception {
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        int errors = 0;
        int checked = 0;
        for (JsonNode row : s.get("filings")) {
            String jsonReport = null;
            for (JsonNode r : row.get("reports")) {
                if (r.asText().endsWith(".json")) {
                    jsonReport = r.asText();
                }
            }
            assertNotNull(jsonReport, row.toString());
            JsonNode report = BatchFixtures.json(out.resolve(jsonReport));
            for (String k : List.of("errors", "warnings", "infos", "roundings", "verdict")) {
                assertEquals(report.at("/summary/" + k), row.get(k), k + " of " + jsonReport);
            }
            assertEquals(report.at("/filing/department"), row.get("department"));
            assertEquals(report.at("/source/sha256"), row.get("sha256"));
            for (JsonNode rule : report.get("rules")) {
                assertEquals(rule.get("outcome").asText(), row.at("/outcomes/" + rule.get("id").asText()).asText());
            }
            assertEquals(report.get("findings").size(), row.get("findings").size());
            for (int i = 0; i < report.get("findings").size(); i++) {
                JsonNode a = report.get("findings").get(i);
                JsonNode b = row.get("findings").get(i);
                for (String k : List.of("rule", "severity", "outcome", "subject", "message", "stated", "computed",
                        "difference", "unit")) {
                    assertEquals(a.get(k), b.get(k), k + " of finding " + i + " in " + jsonReport);
                }
            }
            errors += report.at("/summary/errors").asInt();
            checked++;
        }
        assertEquals(generated.size() + seeds, checked);
        assertEquals(errors, s.at("/totals/errors").asInt());
    }

    @Test
    void workbookHasFiveSheetsAndARealChart() throws Exception {
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            assertEquals(6, wb.getNumberOfSheets());
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            // issue 13 item 5 added 预算与决算交叉核对 (empty here: no 预算 and 决算 of one department and year)
            assertEquals(List.of("概况", "规则矩阵", "全部问题", "输入错误", "按规则统计", "预算与决算交叉核对"), names);
            Sheet overview = wb.getSheet("概况");
            assertEquals(generated.size() + seeds, overview.getLastRowNum());
            assertNotNull(overview.getRow(1).getCell(11).getHyperlink(), "link to the PDF report");
            assertEquals(3, wb.getSheet("输入错误").getLastRowNum());
            int findings = s.at("/totals/errors").asInt() + s.at("/totals/warnings").asInt()
                    + s.at("/totals/infos").asInt();
            assertEquals(findings, wb.getSheet("全部问题").getLastRowNum());
            assertEquals(s.get("rules").size() + 2, wb.getSheet("规则矩阵").getRow(0).getLastCellNum());
            XSSFSheet chartSheet = wb.getSheet("按规则统计");
            XSSFDrawing drawing = chartSheet.getDrawingPatriarch();
            assertNotNull(drawing);
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(1, charts.size());
            assertEquals(2, charts.get(0).getChartSeries().get(0).getSeriesCount());
            assertEquals(s.get("rules").size(), chartSheet.getLastRowNum());
        }
    }

    @Test
    void pdfOverviewOpensAndNamesTheBadFiles() throws Exception {
        String text = BatchFixtures.pdfText(out.resolve("汇总.pdf"));
        assertTrue(text.contains("预算公开批量审核汇总"), text);
        assertTrue(text.contains("poem.txt"), text);
    }
}
