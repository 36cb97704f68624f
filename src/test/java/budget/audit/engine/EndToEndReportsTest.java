package budget.audit.engine;

import budget.audit.support.Audits;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 2: the PDF and XLSX of a real audit (the defective sample) read back as a reviewer would get them. */
class EndToEndReportsTest {

    @TempDir
    static Path out;

    static AuditResult result;
    static JsonNode json;

    @BeforeAll
    static void audit() throws Exception {
        result = Audits.audit(Path.of("samples", "02-青石街道社区服务中心-2024年单位预算.txt"), out);
        json = Audits.json(result);
    }

    private static Path output(String ext) {
        return result.outputs().stream().filter(p -> p.toString().endsWith("." + ext)).findFirst().orElseThrow();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void pdfTextHasDepartmentEveryRuleIdAndEveryChineseCharacterOfTheFindings() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(output("pdf").toFile())) {
            String text = squeeze(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains("滨河市滨江区青石街道社区服务中心"), "department");
            assertEquals(4, json.get("findings").size());
            for (JsonNode f : json.get("findings")) {
                assertTrue(text.contains(f.get("rule").asText()), f.get("rule").asText());
                String message = squeeze(f.get("message").asText());
                // every CJK character of the message survives (the PDF may wrap lines anywhere)
                message.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        .forEach(cp -> assertTrue(text.indexOf(cp) >= 0, "lost " + Character.toString(cp)));
                assertTrue(text.contains(message.substring(0, Math.min(12, message.length()))), message);
            }
        }
    }

    @Test
    void pdfFontsAreEmbeddedSubsets() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(output("pdf").toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset prefix: " + font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerifSC")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansSC")), fonts.toString());
        }
    }

    @Test
    void xlsxHasFourSheetsAndOneIssueRowPerFinding() throws Exception {
        try (InputStream in = Files.newInputStream(output("xlsx")); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("概况", "问题清单", "规则执行情况", "关键数据"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            Sheet issues = wb.getSheet("问题清单");
            assertEquals(json.get("findings").size(), issues.getLastRowNum(), "data rows after the header");
            List<String> ids = new ArrayList<>();
            for (int r = 1; r <= issues.getLastRowNum(); r++) {
                ids.add(issues.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(List.of("CG001", "JY002", "JY003", "SG001"), ids.stream().sorted().toList());
            assertNotNull(issues.getPaneInformation(), "frozen header");
            Sheet rules = wb.getSheet("规则执行情况");
            assertEquals(json.get("rules").size(), rules.getLastRowNum());
        }
    }
}
