package budget.audit.engine;

import budget.audit.support.Audits;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static budget.audit.support.Audits.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled samples give exactly the findings they were written to show. */
class SamplesTest {

    @TempDir
    Path out;

    private static final Path SAMPLES = Path.of("samples");

    private JsonNode audit(String name) throws Exception {
        return Audits.json(Audits.audit(SAMPLES.resolve(name), out, "json"));
    }

    private static List<String> findingIds(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.get("findings").forEach(f -> ids.add(f.get("rule").asText() + ":" + f.get("severity").asText()));
        return ids.stream().sorted().toList();
    }

    @Test
    void cleanSampleHasNoFindings() throws Exception {
        JsonNode r = audit("01-滨江区文化和旅游局-2024年部门预算.txt");
        assertEquals("滨河市滨江区文化和旅游局", r.at("/filing/department").asText());
        assertEquals(2024, r.at("/filing/year").asInt());
        assertEquals(List.of(), findingIds(r));
        assertEquals("PASS", rule(r, "SG001").get("outcome").asText());
        assertEquals("PASS", rule(r, "ZC003").get("outcome").asText());
        assertEquals("PASS", rule(r, "JY001").get("outcome").asText());
    }

    @Test
    void defectiveUnitSample() throws Exception {
        JsonNode r = audit("02-青石街道社区服务中心-2024年单位预算.txt");
        assertEquals(List.of("CG001:ERROR", "JY002:ERROR", "JY003:WARNING", "SG001:ERROR"), findingIds(r));
        JsonNode sg = Audits.findings(r, "SG001").get(0);
        assertEquals("12.40", sg.get("stated").asText());
        assertEquals("11.90", sg.get("computed").asText());
        assertEquals("0.50", sg.get("difference").asText());
    }

    /** Issue 13: a 决算 sample with one deliberate defect per 决算 rule, audited with the 决算 rules only. */
    @Test
    void finalAccountsSampleWithDefects() throws Exception {
        JsonNode r = audit("04-滨江区档案馆-2023年度部门决算.txt");
        assertEquals("FINAL_ACCOUNTS", r.at("/filing/documentKind").asText());
        assertEquals(List.of("JS001:ERROR", "JS002:WARNING", "JS003:WARNING", "JS003:WARNING", "JS004:ERROR",
                "JS005:WARNING", "JS005:WARNING", "JS005:WARNING", "JS006:WARNING",
                "JS007:ERROR", "JS007:ERROR", "JS008:ERROR", "JS009:ERROR", "JS010:WARNING"), findingIds(r));
        // 表1: 30.00 + 450.00 − 450.00 = 30.00, printed 20.00
        JsonNode js = Audits.findings(r, "JS001").get(0);
        assertEquals("20.00", js.get("stated").asText());
        assertEquals("30.00", js.get("computed").asText());
        // 450.00 ÷ 500.00 = 90.00%, stated 95%
        assertTrue(Audits.findings(r, "JS002").get(0).get("message").asText().contains("90.00%"));
        // no budget rule ran
        for (JsonNode rule : r.get("rules")) {
            if (!rule.get("id").asText().startsWith("JS")) {
                assertEquals("NOT_APPLICABLE", rule.get("outcome").asText(), rule.get("id").asText());
            }
        }
    }

    /** Issue 13: a clean 决算 sample (full table set, every JS rule checked and passing). */
    @Test
    void cleanFinalAccountsSample() throws Exception {
        JsonNode r = audit("05-滨江区方志办公室-2023年度部门决算.txt");
        assertEquals("FINAL_ACCOUNTS", r.at("/filing/documentKind").asText());
        assertEquals(List.of(), findingIds(r));
        for (String id : List.of("JS001", "JS002", "JS003", "JS004", "JS005", "JS006", "JS007", "JS008", "JS009",
                "JS010")) {
            assertEquals("PASS", rule(r, id).get("outcome").asText(), id);
        }
    }

    /** Issue 13: figures of a 决算's tables carry their measure in JSON; a 预算 report has no measure field. */
    @Test
    void measureOnFinalAccountsFiguresOnly() throws Exception {
        JsonNode r = audit("05-滨江区方志办公室-2023年度部门决算.txt");
        int labelled = 0;
        for (JsonNode f : r.get("facts")) {
            if (f.get("origin").asText().equals("TABLE") && f.has("measure")) {
                labelled++;
                assertEquals("决算数", f.get("measure").asText(), f.toString());
            }
            // a prose figure by the clause before it: "“三公”经费财政拨款支出预算为8.00万元，支出决算为6.00万元"
            if (f.get("key").asText().equals("sangong.total") && f.get("origin").asText().equals("PROSE")) {
                assertEquals("8.00", f.get("value").asText());
                assertEquals("预算数", f.get("measure").asText());
            }
            // no measure word before it ("政府采购支出总额60万元"): none given
            if (f.get("key").asText().equals("procurement.total")) {
                assertTrue(!f.has("measure"), f.toString());
            }
        }
        assertTrue(labelled > 0);
        JsonNode defect = Audits.findings(audit("04-滨江区档案馆-2023年度部门决算.txt"), "JS001").get(0);
        assertEquals("决算数", defect.get("evidence").get(0).get("measure").asText());
        assertTrue(!audit("01-滨江区文化和旅游局-2024年部门预算.txt").toString().contains("\"measure\""));
    }

    /** Issue 13: a 决算's PDF report is titled 决算公开审核报告. */
    @Test
    void finalAccountsReportTitle() throws Exception {
        Audits.audit(SAMPLES.resolve("05-滨江区方志办公室-2023年度部门决算.txt"), out, "pdf");
        Path pdf;
        try (var files = java.nio.file.Files.list(out)) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("决算公开审核报告"), text.substring(0, Math.min(200, text.length())));
            assertTrue(text.contains("决算年度"));
        }
    }

    /** Issue 13: the 决算 rules never run on a 预算 (the clean budget sample has every JS rule not applicable). */
    @Test
    void finalAccountsRulesSkipBudgets() throws Exception {
        JsonNode r = audit("01-滨江区文化和旅游局-2024年部门预算.txt");
        for (JsonNode rule : r.get("rules")) {
            if (rule.get("id").asText().startsWith("JS")) {
                assertEquals("NOT_APPLICABLE", rule.get("outcome").asText(), rule.get("id").asText());
            }
        }
    }

    @Test
    void gb18030SampleWithFullWidthDigits() throws Exception {
        JsonNode r = audit("03-滨江区农业农村委员会-2024年部门预算-GB18030.txt");
        assertEquals(2024, r.at("/filing/year").asInt());
        assertEquals(List.of("JY004:INFO", "SR002:WARNING", "ZC001:ERROR"), findingIds(r));
        assertEquals("ROUNDING", rule(r, "ZC002").get("outcome").asText());
        JsonNode zc = Audits.findings(r, "ZC001").get(0);
        assertEquals("4862.70", zc.get("stated").asText());
        assertEquals("4860.35", zc.get("computed").asText());
    }
}
