package budget.audit.engine;

import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static budget.audit.support.Audits.findings;
import static budget.audit.support.Audits.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's rules on real filings; every expected value read from the rendered page named in the test.
 */
class RulesCatalogueIIIAcceptanceTest {

    @TempDir
    Path out;

    private JsonNode audit(Path file) throws Exception {
        return Audits.json(Audits.audit(file, out, "json"));
    }

    @Test
    void putuoFiscalChangeIsTheSumOfItsFunds() throws Exception {
        // p.6: 财政拨款支出预算15621.11万元，比2023年预算减少876.75万元；一般公共预算拨款支出…减少876.75万元；
        // 政府性基金、国有资本经营预算拨款支出预算0.00万元，比2023年预算持平
        JsonNode r = audit(SharedMaterial.real("putuo-wanli-2024.pdf"));
        JsonNode yy002 = rule(r, "YY002");
        assertEquals("PASS", yy002.get("outcome").asText());
        assertEquals("-876.75", yy002.get("stated").asText());
        // p.6-8: the 33 项 listed under “财政拨款支出主要内容如下” add up to 15621.10万元 against 15621.11万元: 尾差
        JsonNode zc004 = rule(r, "ZC004");
        assertEquals("ROUNDING", zc004.get("outcome").asText());
        assertEquals("15621.10", zc004.get("computed").asText());
        assertEquals(List.of(), findings(r, "YY003"));
        assertEquals(List.of(), findings(r, "UN002"));
        // p.32: 政府采购预算1662.44万元；面向中小企业预留664.98万元，其中小型和微型企业465.49万元
        JsonNode cg002 = rule(r, "CG002");
        assertEquals("PASS", cg002.get("outcome").asText());
        assertEquals(2, cg002.get("checks").asInt());
        // p.32: 共有车辆7辆, eight categories of 0辆 and 其他用车7辆
        assertEquals("PASS", rule(r, "CL002").get("outcome").asText());
        // the 一般公共预算支出功能分类预算表 prints 7-digit 项 codes, the 基本支出 经济分类 table 5-digit 款 codes
        assertEquals("PASS", rule(r, "XH001").get("outcome").asText());
        assertEquals(2, rule(r, "XH001").get("checks").asInt());
    }

    @Test
    void shanghaiFinanceListedItemsAddUp() throws Exception {
        // p.6: 财政拨款支出预算17,192万元; 12,789 + 1,756 + 467 + 2,180 = 17,192; 一般公共预算拨款支出减少990万元, the
        // other funds "为0" without a change
        JsonNode r = audit(SharedMaterial.real("shanghai-finance-bureau-2025.pdf"));
        assertEquals("PASS", rule(r, "ZC004").get("outcome").asText());
        assertEquals("17192", rule(r, "ZC004").get("computed").asText());
        assertEquals("PASS", rule(r, "YY002").get("outcome").asText());
    }

    @Test
    void seed004ListWithEntriesNotReadIsNotChecked() throws Exception {
        // lines 83-89: seven entries named by the 项 alone (“行政运行”科目…); only two are read as items
        JsonNode r = audit(SharedMaterial.seed("004"));
        assertEquals("INSUFFICIENT_DATA", rule(r, "ZC004").get("outcome").asText());
        assertEquals(List.of(), findings(r, "ZC004"));
        assertEquals("PASS", rule(r, "YY002").get("outcome").asText());
    }

    @Test
    void hangzhouRoughlyLevelIsNoContradiction() throws Exception {
        // p.4: "2026年收入预算5876.67万元，比上年执行数增加48.92万元，增长0.8%，与上年基本持平"
        JsonNode r = audit(SharedMaterial.nationwide("hangzhou-meteorology-2026-budget.pdf"));
        assertEquals(List.of(), findings(r, "YY003"));
        assertEquals("PASS", rule(r, "YY003").get("outcome").asText());
        // p.9 (printed 8): "（八）政府性基金预算支出情况说明（详见表8）本部门2026年没有使用政府性基金预算拨款安排的支出"; (九) likewise
        // for 国有资本经营: each note names its own fund
        assertEquals("PASS", rule(r, "KB001").get("outcome").asText());
        // p.5 (printed 4): 人员支出2,906.80万元占49.4%，日常公用支出838.27万元占14.3%，项目支出2,131.61万元占36.3%: by the
        // amounts 49.46%, 14.26%, 36.27%, rounded 49.5 + 14.3 + 36.3 = 100.1; 49.4 is bent to make 100 — a note (INFO)
        List<JsonNode> pc002 = findings(r, "PC002");
        assertEquals(1, pc002.size());
        assertEquals("INFO", pc002.get(0).get("severity").asText());
        assertTrue(pc002.get(0).get("message").asText().contains("人员支出49.4%（按金额计算为49.46%）"));
        assertEquals(List.of(), findings(r, "PC001"));
        // its tables print no 科目编码 (names indented): the depth is not judged
        assertEquals("INSUFFICIENT_DATA", rule(r, "XH001").get("outcome").asText());
    }

    @Test
    void jiangsuHighCourtVehiclesAddUp() throws Exception {
        // p.25: "本部门共有车辆66辆，其中，一般公务用车13辆、执法执勤用车38辆、特种专业技术用车15辆": 13 + 38 + 15 = 66
        JsonNode r = audit(SharedMaterial.nationwide("jiangsu-high-court-2019-budget.pdf"));
        assertEquals("PASS", rule(r, "CL002").get("outcome").asText());
        assertEquals("66", rule(r, "CL002").get("computed").asText());
    }

    @Test
    void hangzhouPerformanceTableAddsUpToTheProse() throws Exception {
        // p.10 (printed 9): "共计3个一级项目，涉及资金2,131.61万元（一级项目绩效目标表，详见表11）"; p.25 (printed 24) 表11
        // 2026年市级部门项目支出绩效表 (万元): 1,097.02 + 887.90 + 146.69 = 2,131.61
        JsonNode r = audit(SharedMaterial.nationwide("hangzhou-meteorology-2026-budget.pdf"));
        JsonNode jx002 = rule(r, "JX002");
        assertEquals("PASS", jx002.get("outcome").asText());
        assertEquals("2131.61", jx002.get("stated").asText());
        assertEquals("2131.61", jx002.get("computed").asText());
        assertEquals(List.of(), findings(r, "JX003"));
    }

    @Test
    void yantaiFifteenProjectTablesAddUpToTheProse() throws Exception {
        // HTML page, section 七: "涉及一级预算项目15个，预算资金4278万元"; the fifteen 政策和项目预算绩效目标表 (pages printed
        // 30-48) each open with 项目资金（万元）: 15 + 720 + 218 + 1149 + 500 + 27 + 125 + 7 + 129 + 20 + 8 + 1140 + 140
        // + 10 + 70 = 4278; 公开表3 支出总体情况表 项目支出 25,434.48
        JsonNode r = audit(SharedMaterial.nationwide("yantai-veterans-2026-budget.html"));
        JsonNode jx002 = rule(r, "JX002");
        assertEquals("PASS", jx002.get("outcome").asText());
        assertEquals("4278", jx002.get("computed").asText());
        JsonNode jx003 = rule(r, "JX003");
        assertEquals("PASS", jx003.get("outcome").asText());
        assertEquals("25434.48", jx003.get("stated").asText());
        assertEquals("4278.00", jx003.get("computed").asText());
    }

    @Test
    void centralLettersVisitsKeyProjectTablesWithinProjectSpending() throws Exception {
        // p.26: "对项目支出全面实施绩效目标管理，涉及预算拨款39,560.87万元" (no project count: the tables that follow are the
        // 一级项目 it chose to show, so the amount is not compared); pp.30-32 年度资金总额 2,134.87 / 2,706.79 / 118.01 =
        // 4,959.67 within 项目支出 39,560.87 (p.8 部门支出总表)
        JsonNode r = audit(SharedMaterial.nationwide("central-letters-visits-2026-budget.pdf"));
        assertEquals("NOT_APPLICABLE", rule(r, "JX002").get("outcome").asText());
        JsonNode jx003 = rule(r, "JX003");
        assertEquals("PASS", jx003.get("outcome").asText());
        assertEquals("4959.67", jx003.get("computed").asText());
    }

    @Test
    void beijingProjectPerformanceTableNotReadWithCertaintyIsNotChecked() throws Exception {
        // 预算表12 项目支出绩效目标表: rows whose 项目总额 sits beside indicator figures; read with numbers for names
        JsonNode r = audit(SharedMaterial.nationwide("beijing-audit-2026-budget-tables.pdf"));
        assertEquals("INSUFFICIENT_DATA", rule(r, "JX002").get("outcome").asText());
        assertEquals(List.of(), findings(r, "JX002"));
        assertEquals(List.of(), findings(r, "JX003"));
    }

    @Test
    void shenzhenListedProjectsMatchTheProjectTable() throws Exception {
        // pp.7-8 (printed 4-5): "1.统计管理352.27万元" "2.政务信息化项目（运行维护服务）7.50万元" "3.专项普查活动110.00万元"
        // "4.专项统计业务844.03万元"; p.24 (printed 21) 表5 项目支出总表 (万元) rows 352.27 / 7.50 / 110.00 / 844.03
        JsonNode r = audit(SharedMaterial.nationwide("shenzhen-statistics-2026-budget.pdf"));
        JsonNode zc005 = rule(r, "ZC005");
        assertEquals("PASS", zc005.get("outcome").asText());
        assertEquals(4, zc005.get("checks").asInt());
    }
}
