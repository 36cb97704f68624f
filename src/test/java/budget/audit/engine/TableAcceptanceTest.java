package budget.audit.engine;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.FilingFixture;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.impl.Xt001ProseMatchesTable;
import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static budget.audit.support.Audits.findings;
import static budget.audit.support.Audits.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 3 (items 3–4) acceptance on the seeds and the two real PDFs (skipped when ../shared is absent). */
class TableAcceptanceTest {

    @TempDir
    Path out;

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** "rule|subject|stated|computed|difference" of every rounding-only check. */
    private static List<String> roundings(JsonNode report, String rulePrefix) {
        return list(report.get("roundings")).stream().filter(r -> r.get("rule").asText().startsWith(rulePrefix))
                .map(r -> r.get("rule").asText() + "|" + r.get("subject").asText() + "|" + r.get("stated").asText()
                        + "|" + r.get("computed").asText() + "|" + r.get("difference").asText())
                .toList();
    }

    private static Check xt001(BudgetFiling filing, String subjectStart) {
        return FilingFixture.run(new Xt001ProseMatchesTable(), filing).stream()
                .filter(c -> c.subject().startsWith(subjectStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no XT001 check on " + subjectStart));
    }

    @Test
    void seed003() throws Exception {
        AuditResult result = Audits.audit(SharedMaterial.seed("003"), out);
        JsonNode r = Audits.json(result);
        List<JsonNode> jy = findings(r, "JY002");
        assertEquals(1, jy.size());
        assertEquals("ERROR", jy.getFirst().get("severity").asText());
        assertEquals("261.96", jy.getFirst().get("stated").asText());
        assertEquals("128.33", jy.getFirst().get("computed").asText());
        assertTrue(jy.getFirst().get("evidence").get(1).get("table").asText().startsWith("附件3"));

        String a2 = "附件2 2023年重庆市九龙坡区政务办一般公共预算财政拨款支出预算表";
        String a3 = "附件3 2023年重庆市九龙坡区政务办一般公共预算财政拨款基本支出预算表(部门预算支出经济分类科目)";
        String a4 = "附件4 2023年重庆市九龙坡区政务办一般公共预算财政拨款基本支出预算表(政府预算支出经济分类科目)";
        String a9 = "附件9 2023年重庆市九龙坡区政务办部门支出总表";
        assertEquals(List.of(
                "TB001|" + a2 + " 20805 行政事业单位养老支出 基本支出|68.54|68.53|0.01",
                "TB001|" + a2 + " 20805 行政事业单位养老支出 小计|68.54|68.53|0.01",
                "TB001|" + a3 + " 合计 人员经费|518.18|518.17|0.01",
                "TB001|" + a3 + " 合计 总计|646.51|646.50|0.01",
                "TB001|" + a4 + " 505 对事业单位经常性补助 基本支出|262.90|262.91|-0.01",
                "TB001|" + a9 + " 20805 行政事业单位养老支出 基本支出|68.54|68.53|0.01",
                "TB001|" + a9 + " 20805 行政事业单位养老支出 总计|68.54|68.53|0.01"), roundings(r, "TB"));
        assertEquals("附件3 2023年重庆市九龙坡区政务办一般公共预算财政拨款基本支出预算表(部门预算支出经济分类科目)“合计”人员经费列"
                        + "518.18万元，各类之和为518.17万元，相差0.01万元，属四舍五入尾差，不视为错误。",
                list(r.get("roundings")).get(2).get("message").asText());
        for (String id : List.of("TB001", "TB002", "TB003", "XT001", "XT002", "XT003", "SG004")) {
            assertEquals(List.of(), findings(r, id), id);
        }
        assertEquals("PASS", rule(r, "TB002").get("outcome").asText());
        assertEquals(Outcome.PASS, xt001(result.filing(), "“三公”经费合计").outcome());
        Check basic = xt001(result.filing(), "基本支出");
        assertEquals(Outcome.PASS, basic.outcome());
        assertEquals("646.51", basic.stated().printed());
        assertEquals(List.of("8", "12", "14"), list(r.get("missingTables")).stream()
                .map(m -> m.get("number").asText()).toList());

        Path xlsx = result.outputs().stream().filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(5 + 14, wb.getNumberOfSheets()); // 概况 问题清单 规则执行情况 关键数据 核对范围 + one per table
            Set<String> names = new HashSet<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String name = wb.getSheetName(i);
                assertTrue(name.length() <= 31, name);
                assertTrue(names.add(name), name);
            }
            assertTrue(names.contains("表格复核-重庆市九龙坡区政务…算表(政府预算支出经济分类科目)"), names.toString());
            XSSFSheet sheet = wb.getSheet("表格复核-附件3");
            assertNotNull(sheet, names.toString());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith(a3));
            List<String> heads = new ArrayList<>();
            sheet.getRow(1).forEach(c -> heads.add(c.getStringCellValue()));
            assertEquals(List.of("编码", "名称", "总计", "总计（计算数）", "人员经费", "人员经费（计算数）", "日常公用经费",
                    "日常公用经费（计算数）", "出处行号", "核对说明"), heads);
            Row total = sheet.getRow(2);
            assertEquals("合计", total.getCell(1).getStringCellValue());
            Cell stated = total.getCell(2);
            assertEquals(646.51, stated.getNumericCellValue(), 1e-9);
            assertEquals(IndexedColors.YELLOW.getIndex(), stated.getCellStyle().getFillForegroundColor());
            assertEquals(646.50, total.getCell(3).getNumericCellValue(), 1e-9);
            Cell publicCell = total.getCell(6);
            assertEquals(128.33, publicCell.getNumericCellValue(), 1e-9);
            assertEquals(IndexedColors.AUTOMATIC.getIndex(), publicCell.getCellStyle().getFillForegroundColor());
            assertTrue(total.getCell(9).getStringCellValue().contains("TB001"), total.getCell(9).getStringCellValue());
        }
    }

    @Test
    void seed004() throws Exception {
        AuditResult result = Audits.audit(SharedMaterial.seed("004"), out);
        JsonNode r = Audits.json(result);
        assertEquals(9, r.get("tables").size());
        assertTrue(list(r.get("tables")).stream().allMatch(t -> t.get("unit").asText().equals("元")));
        for (String id : List.of("TB001", "TB002", "TB003", "XT001", "SG001", "JY002")) {
            assertEquals("PASS", rule(r, id).get("outcome").asText(), id);
        }
        // only the two items its own contents list names but the text lacks (issue 5: WZ010)
        assertEquals(List.of("WZ010", "WZ010"), ruleIds(Audits.findingsAtLeastWarning(r)));
        Check income = xt001(result.filing(), "收入合计");
        assertEquals(Outcome.PASS, income.outcome());
        assertEquals("610.253508", income.stated().printed());
        assertEquals("6102535.08元", income.args().get("other"));
    }

    @Test
    void putuo() throws Exception {
        JsonNode r = Audits.json(Audits.audit(SharedMaterial.real("putuo-wanli-2024.pdf"), out));
        List<JsonNode> serious = Audits.findingsAtLeastWarning(r);
        // the reviewer's four findings: item 31 restated (XT003), its 0.53% (PC001), the 空表 note on a table with
        // figures (WZ009), and the economic codes printed "301 2" / "301 7" (TB004)
        assertEquals(List.of("PC001:WARNING", "TB004:WARNING", "TB004:WARNING", "WZ009:WARNING", "XT003:ERROR"),
                ruleSeverities(serious), serious.toString());
        JsonNode f = serious.stream().filter(x -> x.get("severity").asText().equals("ERROR")).findFirst().orElseThrow();
        assertEquals("XT003", f.get("rule").asText());
        assertEquals("ERROR", f.get("severity").asText());
        assertEquals("350.35", f.get("stated").asText());
        assertEquals("352.67", f.get("computed").asText());
        assertEquals("-2.32", f.get("difference").asText());
        assertEquals(84, f.get("evidence").get(0).get("line").asInt());
        assertEquals("PASS", rule(r, "TB001").get("outcome").asText());
        assertEquals("PASS", rule(r, "XT002").get("outcome").asText());
        assertEquals(List.of(), list(r.get("missingTables")));
        // all nine tables (the two two-sided ones as two entries each), with their data rows counted by hand
        assertEquals(List.of(
                        "2024年部门财务收支预算总表（收入）|收支总表|8|false",
                        "2024年部门财务收支预算总表（支出）|收支总表|10|false",
                        "2024年部门收入预算总表|收入总表|67|false",
                        "2024年部门支出预算总表|支出总表|67|false",
                        "2024年部门财政拨款收支预算总表（收入）|财政拨款收支总表|4|false",
                        "2024年部门财政拨款收支预算总表（支出）|财政拨款收支总表|10|false",
                        "2024年部门一般公共预算支出功能分类预算表|一般公共预算支出表|67|false",
                        "2024年部门政府性基金预算支出功能分类预算表|政府性基金预算支出表|1|true",
                        "2024年部门国有资本经营预算支出功能分类预算表|国有资本经营预算支出表|1|true",
                        "2024年部门一般公共预算基本支出部门预算经济分类预算表|基本支出经济分类表|32|false",
                        "部门“三公”经费和机关运行经费预算表|“三公”经费表|1|false"),
                list(r.get("tables")).stream().map(t -> t.get("title").asText() + "|" + t.get("kind").asText() + "|"
                        + t.get("rows").asInt() + "|" + t.get("empty").asBoolean()).toList());
    }

    @Test
    void shanghaiFinanceBureau() throws Exception {
        JsonNode r = Audits.json(Audits.audit(SharedMaterial.real("shanghai-finance-bureau-2025.pdf"), out));
        // no ERROR; warnings: exactly the reviewer's — the two empty tables without 空表说明 (0 vehicles with a
        // 公务用车运行费 budget is only a CL001 prompt, INFO)
        assertEquals(List.of("WZ009:WARNING", "WZ009:WARNING"),
                ruleSeverities(Audits.findingsAtLeastWarning(r)));
        String econ = "2025年预算单位一般公共预算基本支出部门预算经济分类预算表 302 商品和服务支出 ";
        assertEquals(List.of("TB001|" + econ + "公用经费|24840779|24840778|1",
                "TB001|" + econ + "合计|24840779|24840778|1"), roundings(r, "TB"));
        assertTrue(roundings(r, "XT001").contains(
                "XT001|支出合计（说明文字与2025年预算单位支出预算总表）|17192|17191.5169|0.4831"), roundings(r, "XT001").toString());
        assertEquals("ROUNDING", rule(r, "XT001").get("outcome").asText());
        assertEquals("PASS", rule(r, "SG004").get("outcome").asText());
    }

    private static List<String> ruleIds(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("rule").asText()).sorted().toList();
    }

    private static List<String> ruleSeverities(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("rule").asText() + ":" + f.get("severity").asText()).sorted().toList();
    }
}
