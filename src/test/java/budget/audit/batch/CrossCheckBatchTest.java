package budget.audit.batch;

import budget.audit.support.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 5: in a batch, the 部门预算 and 部门决算 of one department and year are cross-checked (JS011):
 * samples 06 (预算) and 04 (决算) of 滨江区档案馆 2023 agree on 财政拨款支出 and differ on 行政运行.
 */
class CrossCheckBatchTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final String FINAL = "04-滨江区档案馆-2023年度部门决算.txt";
    private static final String BUDGET = "06-滨江区档案馆-2023年部门预算.txt";

    @TempDir
    Path dir;

    private JsonNode batch(Path in, Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("batch", in.toString(), "-o", out.toString(), "--date",
                "2026-01-15", "--fail-on", "never"));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err() + r.out());
        return BatchFixtures.json(out.resolve("summary.json"));
    }

    private Path folder(String name, String... samples) throws Exception {
        Path in = Files.createDirectories(dir.resolve(name));
        for (String s : samples) {
            Files.copy(SAMPLES.resolve(s), in.resolve(s));
        }
        return in;
    }

    @Test
    void samplesPairBudgetAndFinalAccountsOfTheSameDepartmentAndYear() throws Exception {
        Path out = dir.resolve("out");
        JsonNode s = batch(SAMPLES, out);
        JsonNode cross = s.get("crossChecks");
        assertEquals(1, cross.size(), cross.toString());
        JsonNode pair = cross.get(0);
        assertEquals(2023, pair.get("year").asInt());
        assertEquals(BUDGET, pair.get("budgetFile").asText());
        assertEquals(FINAL, pair.get("finalFile").asText());
        assertEquals("FAIL", pair.get("outcome").asText());
        assertEquals("不一致", pair.get("verdict").asText());
        assertEquals(2, pair.get("compared").asInt());
        assertEquals(1, pair.get("differing").asInt());
        assertEquals(1, s.at("/totals/crossCheckErrors").asInt());
        JsonNode fiscal = null;
        JsonNode item = null;
        for (JsonNode f : pair.get("figures")) {
            if (f.get("subject").asText().startsWith("财政拨款支出")) {
                fiscal = f;
            }
            if (f.get("subject").asText().contains("行政运行")) {
                item = f;
            }
            if (f.get("subject").asText().contains("三公")) {
                // the 决算's 三公 table says only 预算数 (perhaps the adjusted budget): listed, not compared
                assertEquals("NOT_APPLICABLE", f.get("outcome").asText());
            }
        }
        assertNotNull(fiscal);
        assertNotNull(item);
        // 500.00万元 (决算 prose, line 9) = 5,000,000.00元 (预算 附件7 一、本年支出)
        assertEquals("PASS", fiscal.get("outcome").asText());
        assertEquals("500.00万元", fiscal.get("finalValue").asText());
        assertEquals("5000000.00元", fiscal.get("budgetValue").asText());
        // 行政运行: 300.00万元 (决算 prose, line 10) vs 2,800,000.00元 (预算 附件1 2012601)
        assertEquals("FAIL", item.get("outcome").asText());
        assertEquals("ERROR", item.get("severity").asText());
        assertEquals("20.00", item.get("difference").asText());
        assertEquals("第10行", item.get("finalAt").asText());
        assertTrue(item.get("budgetAt").asText().contains("2012601 行政运行"), item.toString());
        String message = item.get("message").asText();
        assertTrue(message.contains(FINAL) && message.contains(BUDGET), message);
        assertTrue(message.contains("300.00万元") && message.contains("2800000.00元"), message);
        JsonNode stat = null;
        for (JsonNode r : s.get("rules")) {
            if (r.get("id").asText().equals("JS011")) {
                stat = r;
            }
        }
        assertNotNull(stat);
        assertEquals(1, stat.get("failed").asInt());
        assertEquals(1, stat.get("findings").asInt());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            Sheet sheet = wb.getSheet("预算与决算交叉核对");
            assertNotNull(sheet);
            assertEquals(pair.get("figures").size(), sheet.getLastRowNum());
        }
        String pdf = BatchFixtures.pdfText(out.resolve("汇总.pdf"));
        assertTrue(pdf.contains("预算与决算交叉核对"), pdf);
        // the 决算's own report says the check needs the budget (a filing alone has none)
        JsonNode own = BatchFixtures.json(out.resolve(FINAL.replace(".txt", ".json")));
        for (JsonNode r : own.get("rules")) {
            if (r.get("id").asText().equals("JS011")) {
                assertEquals("NOT_APPLICABLE", r.get("outcome").asText());
            }
        }
    }

    @Test
    void exitCodeCountsTheCrossCheckFinding() throws Exception {
        // the clean 决算 sample 05 (财政拨款支出年初预算为480.00万元) with a budget saying 5,000,000.00元
        Path in = folder("in", "05-滨江区方志办公室-2023年度部门决算.txt");
        Files.writeString(in.resolve("预算.txt"), Files.readString(SAMPLES.resolve(BUDGET), StandardCharsets.UTF_8)
                .replace("档案馆", "方志办公室"), StandardCharsets.UTF_8);
        Path out = dir.resolve("o");
        CliRunner.Result r = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--format", "json",
                "--fail-on", "error");
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        assertEquals(0, s.at("/totals/withErrors").asInt(), "neither filing has an error of its own");
        assertEquals(1, s.at("/totals/crossCheckErrors").asInt(), s.get("crossChecks").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("预算与决算交叉核对"), r.out());
    }

    @Test
    void resumedFilingsAreComparedAgain() throws Exception {
        Path in = folder("in", FINAL, BUDGET);
        Path out = dir.resolve("out");
        JsonNode first = batch(in, out, "--format", "json");
        JsonNode again = batch(in, out, "--format", "json", "--resume");
        assertEquals(2, again.at("/totals/resumed").asInt());
        assertEquals(first.get("crossChecks"), again.get("crossChecks"));
    }

    @Test
    void noCrossCheckBetweenDifferentDepartmentsOrYears() throws Exception {
        Path in = folder("in", FINAL, "05-滨江区方志办公室-2023年度部门决算.txt");
        String budget = Files.readString(SAMPLES.resolve(BUDGET), StandardCharsets.UTF_8);
        // the same budget a year later, and the same year for another department
        Files.writeString(in.resolve("a-2024年部门预算.txt"), budget.replace("2023", "2024").replace("2022", "2023"),
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b-另一单位-2023年部门预算.txt"), budget.replace("档案馆", "史志馆"),
                StandardCharsets.UTF_8);
        JsonNode s = batch(in, dir.resolve("out"), "--format", "json");
        assertEquals(4, s.at("/totals/audited").asInt());
        assertEquals(0, s.get("crossChecks").size(), s.get("crossChecks").toString());
        assertEquals(0, s.at("/totals/crossCheckErrors").asInt());
    }

    /**
     * Real filings (../shared/nationwide): the 国家信访局's 2024 决算 and 2026 预算 are one department but not one
     * year, so they are never compared.
     */
    @Test
    void realBudgetAndFinalAccountsOfDifferentYearsAreNotPaired() throws Exception {
        Path fin = budget.audit.support.SharedMaterial.file("nationwide", "central-letters-visits-2024-final-accounts.pdf");
        Path bud = budget.audit.support.SharedMaterial.file("nationwide", "central-letters-visits-2026-budget.pdf");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("batch", fin.toString(), bud.toString(), "-o", out.toString(), "--format",
                "json", "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        assertEquals(2, s.at("/totals/audited").asInt());
        assertEquals(0, s.get("crossChecks").size(), s.get("crossChecks").toString());
        assertEquals(0, s.at("/totals/crossCheckErrors").asInt());
        assertEquals(0, s.at("/totals/errors").asInt());
    }

    @Test
    void twoBudgetsOfOneDepartmentAndYearAreListedNotGuessed() throws Exception {
        Path in = folder("in", FINAL, BUDGET);
        Path other = Files.createDirectories(in.resolve("again"));
        Files.copy(SAMPLES.resolve(BUDGET), other.resolve("copy.txt"));
        JsonNode s = batch(in, dir.resolve("out"), "--format", "json");
        assertEquals(1, s.get("crossChecks").size());
        JsonNode pair = s.get("crossChecks").get(0);
        assertEquals("NOT_APPLICABLE", pair.get("outcome").asText());
        assertTrue(pair.get("reason").asText().contains("多份部门预算"), pair.toString());
        assertEquals(0, s.at("/totals/crossCheckErrors").asInt());
    }
}
