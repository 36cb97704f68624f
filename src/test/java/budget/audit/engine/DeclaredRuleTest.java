package budget.audit.engine;

import budget.audit.support.Audits;
import budget.audit.support.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule declared in a --rules YAML file runs, fails and renders in PDF, XLSX and JSON; adjustments apply. */
class DeclaredRuleTest {

    @TempDir
    Path dir;

    private static final String FILING = "滨海市测试局2024年部门预算\n一、“三公”经费情况说明\n"
            + "2024年“三公”经费预算6.5万元，比2023年持平。其中：因公出国（境）费1.0万元，公务接待费2.5万元，"
            + "公务用车运行维护费3万元，公务用车购置费0万元。\n"
            + "二、名词解释\n“三公”经费：指因公出国（境）费、公务用车购置及运行费和公务接待费。\n"
            + "联系人：待填写\n";

    private static final String RULES = """
            params:
              rounding: ROUND_HALF
            rules:
              - id: PH001
                enabled: false
              - id: WZ006
                severity: ERROR
            custom:
              - id: LOC001
                title: 公务接待费不超过因公出国（境）费
                category: 合理性
                severity: ERROR
                basis: 本地审查口径
                check: le
                left: sangong.reception
                right: sangong.abroad
                message: "${subject}：公务接待费${stated}${unit}<#if outcome == 'FAIL'>超过因公出国（境）费${other}<#else>未超过因公出国（境）费</#if>，本地规则。"
              - id: LOC002
                title: “三公”经费等于三项之和（本地）
                category: 合理性
                severity: WARNING
                check: sum
                total: sangong.total
                parts: [sangong.abroad, sangong.vehicle.operation, sangong.vehicle.purchase, sangong.reception]
            """;

    @Test
    void declaredRuleRunsFailsAndRendersEverywhere() throws Exception {
        Path filing = Files.writeString(dir.resolve("滨海市测试局.txt"), FILING, StandardCharsets.UTF_8);
        Path rules = Files.writeString(dir.resolve("local.yaml"), RULES, StandardCharsets.UTF_8);
        Path outDir = dir.resolve("out");
        CliRunner.Result result = CliRunner.run("audit", filing.toString(), "-o", outDir.toString(),
                "--rules", rules.toString(), "--date", "2026-01-15");
        assertEquals(1, result.exitCode(), result.err());
        String expected = "公务接待费（说明文字）：公务接待费2.5万元超过因公出国（境）费1.0万元，本地规则。";

        JsonNode json = new ObjectMapper().readTree(outDir.resolve("滨海市测试局.json").toFile());
        List<JsonNode> loc = Audits.findings(json, "LOC001");
        assertEquals(1, loc.size());
        assertEquals(expected, loc.get(0).get("message").asText());
        assertEquals("ERROR", loc.get(0).get("severity").asText());
        assertEquals("PASS", Audits.rule(json, "LOC002").get("outcome").asText());
        assertTrue(Audits.findings(json, "PH001").isEmpty());
        assertFalse(json.get("rules").toString().contains("\"PH001\""));

        try (PDDocument pdf = Loader.loadPDF(outDir.resolve("滨海市测试局.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("LOC001"), text);
            assertTrue(text.contains("超过因公出国"), text);
        }
        boolean inXlsx = false;
        try (InputStream in = Files.newInputStream(outDir.resolve("滨海市测试局.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        inXlsx |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals(expected);
                    }
                }
            }
        }
        assertTrue(inXlsx, "message in XLSX");
    }

    @Test
    void aBadRulesFileNamesTheLineAndExitsWith2() throws Exception {
        Path filing = Files.writeString(dir.resolve("f.txt"), FILING, StandardCharsets.UTF_8);
        Path rules = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  - id: PH001\n    enabeld: false\n");
        CliRunner.Result result = CliRunner.run("audit", filing.toString(), "-o", dir.resolve("o").toString(),
                "--rules", rules.toString());
        assertEquals(2, result.exitCode());
        assertEquals("错误：规则文件 bad.yaml 第3行：未知的键“enabeld”", result.err().strip());
    }

    @Test
    void semanticErrorsNameTheEntry() throws Exception {
        Path filing = Files.writeString(dir.resolve("f.txt"), FILING, StandardCharsets.UTF_8);
        Path rules = Files.writeString(dir.resolve("bad2.yaml"), """
                custom:
                  - id: LOC001
                    title: 甲
                    category: 合理性
                    severity: WARNING
                    check: le
                    left: sangong.reception
                    right: sangong.nothing
                """);
        CliRunner.Result result = CliRunner.run("audit", filing.toString(), "-o", dir.resolve("o").toString(),
                "--rules", rules.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("错误：规则文件 bad2.yaml 第2行：未知的数据项“sangong.nothing”"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }
}
