package budget.audit.report;

import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real tables the reader got wrong must not become findings: either they are read right (CHECKED) or they are
 * "未核对" with the reason. Both tables were checked against the rendered page: their printed sums hold.
 */
class NationwideCoverageTest {

    @TempDir
    Path out;

    private static Path nationwide(String name) {
        var root = SharedMaterial.root();
        SharedMaterial.assume(root.isPresent(), "../shared not present");
        Path file = root.get().resolve("nationwide").resolve(name);
        SharedMaterial.assume(Files.isRegularFile(file), name + " not present");
        return file;
    }

    private JsonNode table(String file, String reference, int page) throws Exception {
        JsonNode report = Audits.json(Audits.audit(nationwide(file), out, "json"));
        for (JsonNode f : report.get("findings")) {
            for (JsonNode e : f.get("evidence")) {
                assertTrue(!reference.equals(e.path("table").asText()) || !Set.of("TB001", "TB002", "SR001")
                        .contains(f.get("rule").asText()), "finding on a table read wrong: " + f);
            }
        }
        for (JsonNode t : report.at("/coverage/tables")) {
            if (t.get("table").asText().equals(reference)) {
                assertEquals(page, t.get("page").asInt(), t.toString());
                assertTrue(List.of("CHECKED", "NOT_VERIFIED").contains(t.get("status").asText()), t.toString());
                return t;
            }
        }
        throw new AssertionError("table not read: " + reference);
    }

    @Test
    void hangzhouIncomeByUnitIsNotSummedFlat() throws Exception {
        // page 16 (printed 15): 杭州市气象局 5,876.67 = 本级 5,011.05 + 气象服务中心 865.62, under a "**" / 1 2 3 row
        JsonNode t = table("hangzhou-meteorology-2026-budget.pdf", "表2 2026年市级部门收入预算总表", 16);
        if (t.get("status").asText().equals("NOT_VERIFIED")) {
            assertTrue(t.get("reason").asText().startsWith("表格层级未能验证："), t.toString());
            assertTrue(t.get("setAsideChecks").asInt() > 0, t.toString());
        }
    }

    @Test
    void guangzhouBracketCodesAreNotCountedTwice() throws Exception {
        // page 14: 合计 8,401.67 = [301] 7,131.66 + [302] 556.47 + … ; the [30101] rows are details of [301]
        JsonNode t = table("guangzhou-statistics-2026-budget.pdf", "表6 一般公共预算基本支出情况表（按经济分类科目）", 14);
        if (t.get("status").asText().equals("NOT_VERIFIED")) {
            assertEquals("表格层级未能验证：1项汇总关系的分项之和恰为合计的整数倍，疑为上下级或小计被重复相加",
                    t.get("reason").asText());
        }
    }

    @Test
    void columnRolesReadOnThePageAreKnown() throws Exception {
        // Jiangsu high court page 9: 支出预算总表 合计 = 基本支出 + 项目支出 + 单位预留机动经费
        assertEquals("CHECKED", table("jiangsu-high-court-2019-budget.pdf", "支出预算总表", 9)
                .get("status").asText());
        // Guangzhou page 8: 财政专户拨款收入 split into 教育收费 and 其他专户收入拨款
        assertEquals("CHECKED", table("guangzhou-statistics-2026-budget.pdf", "表2 收入总体情况表", 8)
                .get("status").asText());
        // Shenzhen page 19: the 2026年政府采购项目 group (小计, 其中 预留给中小企业 / 小型、微型企业)
        assertEquals("CHECKED", table("shenzhen-statistics-2026-budget.pdf", "表3 支出总表", 19)
                .get("status").asText());
    }

    @Test
    void xianCountsAndYearTotals() throws Exception {
        // page 30: 数量 holds counts, not amounts; page 32: 2018年/合计 and 2019年/合计 are each year's total
        JsonNode procurement = table("xian-work-safety-2019-budget-tables.pdf",
                "表12 2019年部门综合预算政府采购（资产配置、购买服务）预算表", 30);
        assertEquals("CHECKED", procurement.get("status").asText());
        assertTrue(procurement.toString().indexOf("数量") < 0, procurement.toString());
        assertEquals("CHECKED", table("xian-work-safety-2019-budget-tables.pdf",
                "表13 2019年部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表", 32).get("status").asText());
    }

    @Test
    void regionalTablesAreRecognisedAndTheirHierarchyChecked() throws Exception {
        // Jiangsu procuratorate page 16 (财政拨款支出预算表（功能科目）) and page 21 (机关运行经费 by economic class)
        assertEquals("CHECKED", table("jiangsu-procuratorate-2019-budget.pdf", "财政拨款支出预算表（功能科目）", 16)
                .get("status").asText());
        JsonNode operating = table("jiangsu-procuratorate-2019-budget.pdf", "一般公共预算机关运行经费支出预算表", 21);
        assertEquals("CHECKED", operating.get("status").asText());
        assertTrue(operating.get("identities").asInt() > 0, operating.toString());
        // Xi'an audit page 32: 专项业务经费 projects under unit and category rows printed at one indent; read flat,
        // the five levels add up to five times the 合计 — not a finding, 未核对
        JsonNode projects = table("xian-audit-2026-budget.pdf", "表10 部门综合预算专项业务经费支出表", 32);
        assertEquals("NOT_VERIFIED", projects.get("status").asText());
        assertEquals("表格层级未能验证：1项汇总关系的分项之和恰为合计的整数倍，疑为上下级或小计被重复相加",
                projects.get("reason").asText());
    }
}
