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

    /**
     * Issue 13 item 5: the 2023 budget of the department of sample 04, clean on its own; in a batch with sample 04
     * it is cross-checked (JS011, see CrossCheckBatchTest).
     */
    @Test
    void budgetOfTheFinalAccountsSampleIsClean() throws Exception {
        JsonNode r = audit("06-滨江区档案馆-2023年部门预算.txt");
        assertEquals("BUDGET", r.at("/filing/documentKind").asText());
        assertEquals("滨河市滨江区档案馆", r.at("/filing/department").asText());
        assertEquals(2023, r.at("/filing/year").asInt());
        assertEquals(List.of(), findingIds(r));
        assertEquals("NOT_APPLICABLE", rule(r, "JS011").get("outcome").asText());
        JsonNode fin = audit("04-滨江区档案馆-2023年度部门决算.txt");
        assertEquals(r.at("/filing/department").asText(), fin.at("/filing/department").asText());
        assertEquals("NOT_APPLICABLE", rule(fin, "JS011").get("outcome").asText());
    }

    /**
     * Issue 14: a 部门预算 with one deliberate defect for each issue-14 rule no real filing in ../shared fails (each
     * value read from the sample's own line).
     */
    @Test
    void catalogueIIISampleWithDefects() throws Exception {
        JsonNode r = audit("07-滨江区体育局-2024年部门预算.txt");
        assertEquals(List.of("CG002:ERROR", "CL003:ERROR", "KB001:WARNING", "UN002:WARNING", "XH001:WARNING"),
                findingIds(r));
        // line 32: 政府采购预算总额426.55万元 … 面向中小企业预留政府采购项目预算金额430.00万元
        JsonNode cg = Audits.findings(r, "CG002").get(0);
        assertEquals("430.00", cg.get("stated").asText());
        assertEquals("426.55", cg.get("computed").asText());
        assertEquals("3.45", cg.get("difference").asText());
        // line 35: 单价100万元（含）以上设备（不含车辆）1台（套）; 附件9 国有资产占有使用情况表 line 203: 2
        JsonNode cl = Audits.findings(r, "CL003").get(0);
        assertEquals("1", cl.get("stated").asText());
        assertEquals("2", cl.get("computed").asText());
        assertTrue(cl.get("message").asText().contains("相差1台（套）"), cl.get("message").asText());
        JsonNode cell = cl.get("evidence").get(1);
        assertEquals(203, cell.get("line").asInt());
        assertEquals("第2列（数量）", cell.get("cell").asText());
        assertTrue(cell.get("table").asText().contains("国有资产占有使用情况表"));
        // lines 37-38: （四）国有资本经营预算支出情况说明 / 本部门2024年没有使用政府性基金预算拨款安排的支出
        JsonNode kb = Audits.findings(r, "KB001").get(0);
        assertEquals(38, kb.get("evidence").get(0).get("line").asInt());
        // line 29: 机关运行经费预算265.80万元，比上年增加5.20元 (less than the 0.01万元 the figure is printed to)
        JsonNode un = Audits.findings(r, "UN002").get(0);
        assertEquals("5.20", un.get("stated").asText());
        assertEquals("元", un.get("unit").asText());
        assertTrue(un.get("message").asText().contains("1.96%"), un.get("message").asText());
        // 附件1 prints 类 and 款 codes only (207 / 20708 …), no 7-digit 项
        JsonNode xh = Audits.findings(r, "XH001").get(0);
        assertEquals(50, xh.get("evidence").get(0).get("line").asInt());
        // the asset table is read as one (a table of its own kind, not an unknown one)
        assertEquals(0, r.at("/coverage/summary/notUnderstood").asInt());
        assertEquals("资产表", r.at("/coverage/tables/10/kind").asText());
        // the other rules of the catalogue find nothing in it: JY001 still reads the 机关运行经费 detail
        assertEquals("PASS", rule(r, "JY001").get("outcome").asText());
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
