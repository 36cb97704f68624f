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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real tables the reader got wrong must not become findings: either they are read right (CHECKED) or they are
 * "未核对" with the reason. Both tables were checked against the rendered page: their printed sums hold.
 */
class NationwideCoverageTest {

    @TempDir
    Path out;

    private static Path nationwide(String name) {
        var root = SharedMaterial.root();
        assumeTrue(root.isPresent(), "../shared not present");
        Path file = root.get().resolve("nationwide").resolve(name);
        assumeTrue(Files.isRegularFile(file), name + " not present");
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
}
