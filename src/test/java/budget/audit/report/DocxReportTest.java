package budget.audit.report;

import budget.audit.engine.AuditResult;
import budget.audit.support.Audits;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word report of a sample read back with POI: headings, the findings table with 依据 and 整改建议, A4, "— 1 —". */
class DocxReportTest {

    private static final Path SAMPLE = Path.of("samples/02-青石街道社区服务中心-2024年单位预算.txt");

    @TempDir
    Path out;

    @Test
    void findingsBasisAndRemedyReadBack() throws Exception {
        AuditResult result = Audits.audit(SAMPLE, out, "json", "docx");
        JsonNode report = Audits.json(result);
        Path docx = result.outputs().stream().filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
        assertTrue(report.get("findings").size() > 0, "sample 02 has findings");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings.contains("一、审核结论") && headings.contains("二、发现的问题"), headings.toString());
            String opinion = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> t.startsWith("经审核")).findFirst().orElse("");
            assertEquals(report.get("opinion").asText(), opinion);

            XWPFTable findings = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(3) != null && t.getRow(0).getCell(3).getText().equals("说明")
                            && t.getRow(0).getCell(4) != null && t.getRow(0).getCell(4).getText().equals("出处"))
                    .findFirst().orElseThrow();
            assertEquals(report.get("findings").size() + 1, findings.getNumberOfRows());
            for (int i = 0; i < report.get("findings").size(); i++) {
                JsonNode f = report.get("findings").get(i);
                String rule = findings.getRow(i + 1).getCell(1).getText();
                String text = findings.getRow(i + 1).getCell(3).getParagraphs().stream().map(XWPFParagraph::getText)
                        .collect(Collectors.joining("\n"));
                assertTrue(rule.startsWith(f.get("rule").asText()), rule);
                assertTrue(text.contains(f.get("message").asText()), text);
                assertFalse(f.get("basis").asText().isBlank());
                assertFalse(f.get("remedy").asText().isBlank());
                assertTrue(text.contains("依据：" + f.get("basis").asText()), text);
                assertTrue(text.contains("整改建议：" + f.get("remedy").asText()), text);
            }
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", sect.getPgSz().getW().toString());
            assertEquals("16838", sect.getPgSz().getH().toString());
            String footer = doc.getFooterList().getFirst().getText().strip();
            assertTrue(footer.startsWith("— ") && footer.endsWith(" —"), footer);
            assertTrue(doc.getFooterList().getFirst().getParagraphs().getFirst().getCTP().sizeOfFldSimpleArray() == 1);
            assertEquals("budget-audit", doc.getProperties().getCoreProperties().getCreator());
        }
        Path again = Files.createDirectory(out.resolve("again"));
        AuditResult second = Audits.audit(SAMPLE, again, "docx");
        assertArrayEquals(Files.readAllBytes(docx), Files.readAllBytes(second.outputs().getFirst()),
                "same input and date: identical bytes");
    }
}
