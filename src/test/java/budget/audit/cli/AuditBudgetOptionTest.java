package budget.audit.cli;

import budget.audit.support.CliRunner;
import budget.audit.support.FilingDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code audit --budget FILE}: a 决算 audited with the department's published 部门预算 of the same year gets JS011 in
 * its own report. Samples 04 (滨江区档案馆 2023 决算) and 06 (its 2023 预算) agree on 财政拨款支出 and differ on
 * 行政运行, as in the batch (CrossCheckBatchTest); sample 01 is another department (文化和旅游局) and year (2024).
 */
class AuditBudgetOptionTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final String FINAL = "04-滨江区档案馆-2023年度部门决算";
    private static final String BUDGET = "06-滨江区档案馆-2023年部门预算.txt";
    private static final String OTHER = "01-滨江区文化和旅游局-2024年部门预算.txt";

    @TempDir
    Path dir;

    private CliRunner.Result audit(Path out, String input, String budget, String... formats) {
        List<String> args = new ArrayList<>(List.of("audit", SAMPLES.resolve(input).toString(), "--budget", budget,
                "-o", out.toString(), "--date", "2026-01-15", "--fail-on", "never"));
        if (formats.length > 0) {
            args.addAll(List.of("--format", String.join(",", formats)));
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static JsonNode rule(JsonNode report, String id) {
        for (JsonNode r : report.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    private static List<JsonNode> findings(JsonNode report, String id) {
        List<JsonNode> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(id)) {
                out.add(f);
            }
        });
        return out;
    }

    private static String gap(JsonNode report, String id) {
        for (JsonNode g : report.at("/coverage/notChecked")) {
            if (g.get("rule").asText().equals(id)) {
                return g.get("reason").asText();
            }
        }
        return null;
    }

    @Test
    void finalAccountsComparedWithItsPublishedBudgetReportJs011InTheirOwnReport() throws Exception {
        Path out = dir.resolve("out");
        CliRunner.Result r = audit(out, FINAL + ".txt", SAMPLES.resolve(BUDGET).toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        // only the 决算's reports: the budget file is read, not audited
        assertEquals(List.of(FINAL + ".json", FINAL + ".pdf", FINAL + ".xlsx"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        JsonNode report = json(out.resolve(FINAL + ".json"));
        assertEquals("FAIL", rule(report, "JS011").get("outcome").asText());

        // 04 line 10: "一般公共服务（类）档案事务（款）行政运行（项）年初预算为300.00万元";
        // 06 line 55: "2012601 行政运行 2,800,000.00 2,800,000.00" (一般公共预算支出功能分类预算表, 合计 column)
        List<JsonNode> fails = findings(report, "JS011");
        assertEquals(1, fails.size(), fails.toString());
        JsonNode f = fails.getFirst();
        assertEquals("ERROR", f.get("severity").asText());
        assertTrue(f.get("subject").asText().contains("行政运行"), f.toString());
        assertEquals("300.00", f.get("stated").asText());
        assertEquals("280.00", f.get("computed").asText());
        assertEquals("20.00", f.get("difference").asText());
        assertEquals("万元", f.get("unit").asText());
        JsonNode ev = f.get("evidence");
        assertEquals(2, ev.size(), ev.toString());
        assertEquals(FINAL + ".txt", ev.get(0).get("file").asText());
        assertEquals(10, ev.get(0).get("line").asInt());
        assertTrue(ev.get(0).get("text").asText().contains("行政运行（项）年初预算为300.00万元"));
        assertEquals(BUDGET, ev.get(1).get("file").asText());
        assertEquals(55, ev.get(1).get("line").asInt());
        assertTrue(ev.get(1).get("text").asText().contains("2,800,000.00"));
        assertEquals("2012601 行政运行", ev.get(1).get("row").asText());

        // the new field naming the budget file and every figure compared
        JsonNode cb = report.get("comparedBudget");
        assertNotNull(cb);
        assertEquals(BUDGET, cb.get("file").asText());
        assertEquals(sha256(SAMPLES.resolve(BUDGET)), cb.get("sha256").asText());
        assertEquals("TEXT", cb.get("format").asText());
        assertEquals("BUDGET", cb.get("documentKind").asText());
        assertEquals(2023, cb.get("year").asInt());
        assertEquals("COMPARED", cb.get("status").asText());
        assertEquals("FAIL", cb.get("outcome").asText());
        assertTrue(cb.get("reason").isNull());
        assertEquals(2, cb.get("compared").asInt());
        assertEquals(1, cb.get("differing").asInt());
        JsonNode fiscal = null;
        for (JsonNode x : cb.get("figures")) {
            String subject = x.get("subject").asText();
            if (subject.startsWith("财政拨款支出")) {
                fiscal = x;
            } else if (subject.contains("行政运行")) {
                assertEquals("FAIL", x.get("outcome").asText());
            } else if (subject.contains("三公") || subject.contains("公务接待")) {
                // 04 line 65: the 三公 table's column says only 预算数 (perhaps the adjusted budget): not compared
                assertEquals("NOT_APPLICABLE", x.get("outcome").asText(), x.toString());
                assertTrue(x.get("reason").asText().contains("预算数"), x.toString());
            }
        }
        // 04 line 9: "财政拨款支出年初预算为500.00万元"; 06 line 132: 财政拨款收支总表 "一、本年支出 5,000,000.00"
        assertNotNull(fiscal);
        assertEquals("PASS", fiscal.get("outcome").asText());
        assertEquals("500.00万元", fiscal.get("finalValue").asText());
        assertEquals("5000000.00元", fiscal.get("budgetValue").asText());
        assertTrue(fiscal.get("budgetAt").asText().startsWith("第132行"), fiscal.toString());
        // JS011 compared something: no longer among the rules that checked nothing
        assertNull(gap(report, "JS011"));

        // PDF: the header names the budget file and its hash; the finding cites lines of both files
        try (PDDocument pdf = Loader.loadPDF(out.resolve(FINAL + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("对照预算" + BUDGET), "header names the budget file");
            assertTrue(text.contains(cb.get("sha256").asText()), "header gives its SHA-256");
            assertTrue(text.contains("附录六"), "appendix with every figure");
            assertTrue(text.contains(BUDGET + "第55行"), "the budget's line cited with its file name");
            assertTrue(text.contains(FINAL + ".txt第10行"), "the 决算's line cited with its file name");
        }
        // XLSX: 概况 names the budget file; the 预算核对 sheet lists the figures; 问题清单 cites both files' lines
        try (InputStream in = Files.newInputStream(out.resolve(FINAL + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(BUDGET, valueOf(wb.getSheet("概况"), "对照预算文件"));
            assertEquals(cb.get("sha256").asText(), valueOf(wb.getSheet("概况"), "对照预算文件SHA-256"));
            Sheet sheet = wb.getSheet("预算核对");
            assertNotNull(sheet);
            assertEquals(cb.get("figures").size(), sheet.getLastRowNum());
            String lines = null;
            for (Row row : wb.getSheet("问题清单")) {
                if ("JS011".equals(cell(row, 1))) {
                    lines = cell(row, 11);
                }
            }
            assertEquals(FINAL + ".txt 10、" + BUDGET + " 55", lines);
        }
    }

    @Test
    void aBudgetOfAnotherDepartmentAndYearIsNeverCompared() throws Exception {
        Path out = dir.resolve("other");
        CliRunner.Result r = audit(out, FINAL + ".txt", SAMPLES.resolve(OTHER).toString(), "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = json(out.resolve(FINAL + ".json"));
        assertEquals("NOT_APPLICABLE", rule(report, "JS011").get("outcome").asText());
        assertTrue(findings(report, "JS011").isEmpty());
        JsonNode cb = report.get("comparedBudget");
        assertEquals(OTHER, cb.get("file").asText());
        assertEquals("NOT_PAIRED", cb.get("status").asText());
        assertEquals(0, cb.get("figures").size());
        // 01 line 1-2: 滨河市滨江区文化和旅游局, 2024年; 04 line 1: 滨河市滨江区档案馆2023年度
        String reason = cb.get("reason").asText();
        assertTrue(reason.startsWith("未核对"), reason);
        assertTrue(reason.contains("文化和旅游局2024年") && reason.contains("档案馆2023年"), reason);
        assertTrue(reason.contains("单位和年度不同"), reason);
        assertEquals(reason, gap(report, "JS011"));
        assertTrue(r.err().contains("JS011 未核对"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void anUnreadableBudgetFileIsAnInputErrorButTheFinalAccountsAreStillReported() throws Exception {
        Path out = dir.resolve("missing");
        Path missing = dir.resolve("不存在的预算.txt");
        CliRunner.Result r = audit(out, FINAL + ".txt", missing.toString());
        assertEquals(2, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.getFirst().startsWith(missing + "："), r.err());
        assertTrue(lines.getFirst().contains("--budget") && lines.getFirst().contains("文件不存在"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(Files.exists(out.resolve(FINAL + ".pdf")));
        assertTrue(Files.exists(out.resolve(FINAL + ".xlsx")));
        JsonNode report = json(out.resolve(FINAL + ".json"));
        assertEquals("NOT_APPLICABLE", rule(report, "JS011").get("outcome").asText());
        JsonNode cb = report.get("comparedBudget");
        assertEquals("不存在的预算.txt", cb.get("file").asText());
        assertEquals("UNREADABLE", cb.get("status").asText());
        assertTrue(cb.get("sha256").isNull());
        assertTrue(cb.get("reason").asText().contains("文件不存在"), cb.toString());

        // an empty file: read, and refused with its reason
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRunner.Result e = audit(dir.resolve("empty"), FINAL + ".txt", empty.toString(), "json");
        assertEquals(2, e.exitCode(), e.err());
        assertTrue(e.err().contains("文件为空"), e.err());
        assertEquals("UNREADABLE", json(dir.resolve("empty").resolve(FINAL + ".json"))
                .at("/comparedBudget/status").asText());
    }

    @Test
    void aBudgetAuditedWithBudgetGetsANoticeAndJs011AsBefore() throws Exception {
        Path with = dir.resolve("with");
        CliRunner.Result r = audit(with, OTHER, SAMPLES.resolve(BUDGET).toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.getFirst().startsWith("--budget 只用于部门决算"), r.err());
        JsonNode report = json(with.resolve("01-滨江区文化和旅游局-2024年部门预算.json"));
        assertEquals("NOT_APPLICABLE", rule(report, "JS011").get("outcome").asText());
        assertFalse(report.has("comparedBudget"));
        // the same reports as without --budget
        Path without = dir.resolve("without");
        assertEquals(0, CliRunner.run("audit", SAMPLES.resolve(OTHER).toString(), "-o", without.toString(),
                "--date", "2026-01-15").exitCode());
        for (String ext : List.of("pdf", "xlsx", "json")) {
            String name = "01-滨江区文化和旅游局-2024年部门预算." + ext;
            assertArrayEquals(Files.readAllBytes(without.resolve(name)), Files.readAllBytes(with.resolve(name)), ext);
        }
    }

    @Test
    void twoRunsAreByteIdentical() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        String budget = SAMPLES.resolve(BUDGET).toString();
        assertEquals(0, audit(a, FINAL + ".txt", budget, "pdf", "xlsx", "json", "docx").exitCode());
        assertEquals(0, audit(b, FINAL + ".txt", budget, "pdf", "xlsx", "json", "docx").exitCode());
        for (String ext : List.of("pdf", "xlsx", "json", "docx")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(FINAL + "." + ext)),
                    Files.readAllBytes(b.resolve(FINAL + "." + ext)), ext);
        }
    }

    /** The budget in the formats departments publish it (rendered from sample 06): the same comparison. */
    @Test
    void aBudgetInAnyFormatGivesTheSameComparison() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLES.resolve(BUDGET));
        for (String format : List.of("pdf", "docx", "xlsx", "html")) {
            byte[] bytes = switch (format) {
                case "pdf" -> FilingDocuments.pdf(lines);
                case "docx" -> FilingDocuments.docx(lines);
                case "xlsx" -> FilingDocuments.xlsx(lines);
                default -> FilingDocuments.html(lines);
            };
            Path budget = Files.write(dir.resolve("06-预算." + format), bytes);
            Path out = dir.resolve("out-" + format);
            CliRunner.Result r = audit(out, FINAL + ".txt", budget.toString(), "json");
            assertEquals(0, r.exitCode(), format + ": " + r.err());
            JsonNode cb = json(out.resolve(FINAL + ".json")).get("comparedBudget");
            assertEquals("06-预算." + format, cb.get("file").asText(), format);
            assertEquals("COMPARED", cb.get("status").asText(), format);
            assertEquals("FAIL", cb.get("outcome").asText(), format + ": " + cb);
            assertEquals(2, cb.get("compared").asInt(), format + ": " + cb);
            assertEquals(1, cb.get("differing").asInt(), format + ": " + cb);
        }
    }

    @Test
    void helpExplainsTheOption() {
        CliRunner.Result r = CliRunner.run("audit", "--help");
        assertTrue(r.out().contains("--budget"), r.out());
        assertTrue(r.out().contains("同一部门同一年度已公开的部门预算"), r.out());
    }

    private static String valueOf(Sheet sheet, String item) {
        for (Row row : sheet) {
            if (item.equals(cell(row, 0))) {
                return cell(row, 1);
            }
        }
        return null;
    }

    private static String cell(Row row, int c) {
        return row.getCell(c) == null ? null : new DataFormatter().formatCellValue(row.getCell(c));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
