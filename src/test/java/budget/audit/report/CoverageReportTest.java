package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FilingKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.parse.table.TableFacts;
import budget.audit.report.json.JsonRenderer;
import budget.audit.report.model.AuditReport;
import budget.audit.report.xlsx.XlsxRenderer;
import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.RuleRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coverage section of a report, read back from the JSON and from the XLSX. */
class CoverageReportTest {

    private static final String FILE = "coverage.txt";
    private static final String REF = "附件2 一般公共预算支出表";

    /** A 一般公共预算支出表 read one row too high (no parent equals its children) and three prose amounts. */
    private static BudgetFiling filing() {
        String[] rows = {
                "|合计|2099.40|499.40|1600.00",
                "201|一般公共服务支出|2099.40|499.40|1600.00",
                "20103|政府办公厅（室）及相关机构事务|261.96|261.96|-",
                "2010301|行政运行|1600.00|-|1600.00",
                "2010302|一般行政管理事务|237.44|237.44|-",
                "2010350|事业运行|68.54|68.54|-",
                "208|社会保障和就业支出|68.54|68.54|-",
                "20805|行政事业单位养老支出|40.89|40.89|-",
                "2080505|机关事业单位基本养老保险缴费支出|20.45|20.45|-",
                "2080506|机关事业单位职业年金缴费支出|7.20|7.20|-",
                "2080599|其他行政事业单位养老支出|2167.94|567.94|1600.00"};
        List<TableRow> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split("\\|", -1);
            List<Amount> values = new ArrayList<>();
            for (String v : Arrays.asList(f).subList(2, f.length)) {
                values.add(v.equals("-") ? null : Amount.of(v, Unit.WAN_YUAN));
            }
            out.add(new TableRow(i, f[0], f[1], values, new Provenance(FILE, 11 + i, 2, REF,
                    (f[0] + " " + f[1]).trim(), null, rows[i].replace('|', '\t'))));
        }
        List<String> columns = List.of("合计", "基本支出", "项目支出");
        BudgetTable table = new BudgetTable("附件2", "一般公共预算支出表", TableKind.GENERAL_BUDGET_EXPENDITURE,
                Unit.WAN_YUAN, columns, out, false, null, new Provenance(FILE, 10, 2, REF, null, null, REF),
                BudgetTable.Part.WHOLE, columns);
        List<SourceLine> lines = List.of(
                SourceLine.plain(1, "一、一般公共预算支出情况", "一、一般公共预算支出情况"),
                SourceLine.plain(2, "2025年一般公共预算支出2000.00万元，其中基本支出499.40万元。",
                        "2025年一般公共预算支出2000.00万元，其中基本支出499.40万元。"),
                SourceLine.plain(3, "会议费预算12.34万元。", "会议费预算12.34万元。"));
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.prose(FactKeys.GENERAL_EXPENDITURE, "一般公共预算支出", Amount.of("2000.00", Unit.WAN_YUAN),
                lines.get(1).provenance(FILE)));
        facts.addAll(TableFacts.from(List.of(table), FILE));
        return new BudgetFiling(new SourceDocument(FILE, "0".repeat(64), "text", "UTF-8", lines), "测试部门", 2025,
                FilingKind.DEPARTMENT, facts, List.of(table), List.of());
    }

    private static AuditReport report() {
        BudgetFiling filing = filing();
        RuleCatalogue catalogue = RuleCatalogue.builtIn();
        RuleRunner.RuleRun run = new RuleRunner().audit(filing, catalogue);
        return ReportBuilder.build(filing, catalogue.specs(), run.checks(), run.trust(),
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), LocalDate.of(2026, 1, 5),
                TemplateEngine.classpath());
    }

    @Test
    void jsonSaysWhichTableWasNotCheckedAndWhy() throws Exception {
        AuditReport report = report();
        assertTrue(report.findings().stream().flatMap(x -> x.evidence().stream()).noneMatch(e -> REF.equals(e.table())),
                "no finding rests on the untrusted table: " + report.findings());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRenderer().render(report, out);
        JsonNode c = new ObjectMapper().readTree(out.toByteArray()).get("coverage");
        assertNotNull(c);
        assertEquals(1, c.at("/summary/tables").asInt());
        assertEquals(1, c.at("/summary/notVerified").asInt());
        assertEquals(0, c.at("/summary/recognised").asInt());
        assertTrue(c.at("/summary/setAsideChecks").asInt() > 0);
        JsonNode t = c.at("/tables/0");
        assertEquals(REF, t.get("table").asText());
        assertEquals("NOT_VERIFIED", t.get("status").asText());
        assertEquals(2, t.get("page").asInt());
        assertEquals(List.of("合计", "基本支出", "项目支出"),
                List.of(t.at("/roles/0").asText(), t.at("/roles/1").asText(), t.at("/roles/2").asText()));
        // hierarchy: 合计 = 201 + 208 in three columns (two fail), then 201, 20103, 208, 20805 in two columns (all
        // fail) = 11 sums, 10 failing; the 11 row identities (合计 = 基本 + 项目) all hold
        assertEquals("表格层级未能验证：11项汇总关系中10项不成立，疑为读取有误", t.get("reason").asText());
        assertEquals(22, t.get("identities").asInt());
        assertEquals(10, t.get("failedIdentities").asInt());

        // 2000.00 is only compared by a check set aside; 499.40 equals a cell; 12.34 matches nothing
        assertEquals(3, c.at("/prose/amounts").asInt());
        assertEquals(1, c.at("/prose/matched").asInt());
        assertEquals(2, c.at("/prose/unmatched").size());
        assertEquals("12.34万元", c.at("/prose/unmatched/1/amount").asText());
        assertEquals(3, c.at("/prose/unmatched/1/line").asInt());
        assertTrue(c.at("/notChecked").size() > 0);
        assertEquals("NOT_APPLICABLE", c.at("/notChecked/0/outcome").asText());
    }

    @Test
    void xlsxHasTheCoverageSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer(TemplateEngine.classpath()).render(report(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("核对范围");
            assertNotNull(sheet);
            DataFormatter f = new DataFormatter();
            assertEquals("类别", f.formatCellValue(sheet.getRow(0).getCell(1)));
            boolean table = false;
            boolean prose = false;
            for (Row row : sheet) {
                String category = f.formatCellValue(row.getCell(1));
                String item = f.formatCellValue(row.getCell(2));
                String status = f.formatCellValue(row.getCell(4));
                String reason = f.formatCellValue(row.getCell(5));
                if (category.equals("表格") && item.equals(REF)) {
                    table = status.equals("未核对") && reason.startsWith("表格层级未能验证");
                }
                if (category.equals("说明文字金额") && item.contains("12.34万元")) {
                    prose = status.equals("未匹配") && f.formatCellValue(row.getCell(7)).equals("3");
                }
            }
            assertTrue(table, "the untrusted table with its reason");
            assertTrue(prose, "the unmatched prose amount with its line");
            assertEquals("标准表格识别（含列含义，读取经自身汇总关系验证）", f.formatCellValue(sheet.getRow(1).getCell(2)));
            assertEquals("0/1（0.0%）", f.formatCellValue(sheet.getRow(1).getCell(4)));
        }
    }
}
