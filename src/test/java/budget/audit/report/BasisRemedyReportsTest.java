package budget.audit.report;

import budget.audit.engine.AuditResult;
import budget.audit.support.Audits;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 依据 and 整改建议 of every finding in JSON, XLSX (问题清单, last two columns) and the PDF; the draft 审核意见. */
class BasisRemedyReportsTest {

    @TempDir
    Path out;

    @Test
    void everyFindingCarriesBasisAndRemedyInEveryFormat() throws Exception {
        AuditResult result = Audits.audit(Path.of("samples/02-青石街道社区服务中心-2024年单位预算.txt"), out);
        JsonNode report = Audits.json(result);
        JsonNode findings = report.get("findings");
        assertTrue(findings.size() >= 3);
        Path xlsx = result.outputs().stream().filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        Path pdf = result.outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(pdfText.contains("审核意见（草拟稿"), "the draft opinion opens the PDF report");
        assertTrue(pdfText.contains(report.get("opinion").asText().replaceAll("\\s+", "")));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("问题清单");
            DataFormatter fmt = new DataFormatter();
            int cols = sheet.getRow(0).getLastCellNum();
            assertEquals("依据", fmt.formatCellValue(sheet.getRow(0).getCell(cols - 2)));
            assertEquals("整改建议", fmt.formatCellValue(sheet.getRow(0).getCell(cols - 1)));
            for (int i = 0; i < findings.size(); i++) {
                JsonNode f = findings.get(i);
                String basis = f.get("basis").asText();
                String remedy = f.get("remedy").asText();
                assertFalse(basis.isBlank() || remedy.isBlank(), f.toString());
                assertEquals(basis, fmt.formatCellValue(sheet.getRow(i + 1).getCell(cols - 2)));
                assertEquals(remedy, fmt.formatCellValue(sheet.getRow(i + 1).getCell(cols - 1)));
                assertTrue(pdfText.contains("整改建议：" + remedy.replaceAll("\\s+", "")), remedy);
            }
        }
        assertTrue(report.get("opinion").asText().startsWith("经审核，"));
        assertTrue(report.get("opinion").asText().contains("错误" + report.at("/summary/errors").asInt() + "个"));
    }

    /** A 决算 audited with the 决算 rules gets an opinion on its findings, not "rules not applied". */
    @Test
    void aFinalAccountsFilingGetsAnOpinionOnItsFindings() throws Exception {
        JsonNode report = Audits.json(Audits.audit(Path.of("samples/04-滨江区档案馆-2023年度部门决算.txt"), out));
        String opinion = report.get("opinion").asText();
        int errors = report.at("/summary/errors").asInt();
        assertTrue(errors > 0);
        assertTrue(opinion.contains("错误" + errors + "个"), opinion);
        assertFalse(opinion.contains("未适用"), opinion);
    }
}
