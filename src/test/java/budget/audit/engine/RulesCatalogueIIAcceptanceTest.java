package budget.audit.engine;

import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static budget.audit.support.Audits.findings;
import static budget.audit.support.Audits.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5's acceptance list: plausibility and completeness rules on the seeds and the real PDFs. */
class RulesCatalogueIIAcceptanceTest {

    @TempDir
    Path out;

    private JsonNode seed(String prefix) throws Exception {
        return Audits.json(Audits.audit(SharedMaterial.seed(prefix), out, "json"));
    }

    private JsonNode real(String name) throws Exception {
        Path pdf = SharedMaterial.real(name);
        SharedMaterial.assume(Files.exists(pdf), "real PDF absent");
        return Audits.json(Audits.audit(pdf, out, "json"));
    }

    private static List<String> subjects(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("subject").asText()).toList();
    }

    @Test
    void seed000() throws Exception {
        JsonNode r = seed("000");
        List<JsonNode> un = findings(r, "UN001");
        assertEquals(1, un.size());
        assertTrue(un.get(0).get("message").asText().contains("490.6元"), un.get(0).toString());
        assertTrue(un.get(0).get("message").asText().contains("490.6万元"), un.get(0).toString());
        // the unit slip is one defect: YY001 does not report the same 562万元 sum again
        assertEquals(List.of(), findings(r, "YY001"));
        assertEquals("INSUFFICIENT_DATA", rule(r, "YY001").get("outcome").asText());
        List<JsonNode> yr = findings(r, "YR001");
        assertEquals(List.of("社会保障和就业支出的比较年度", "卫生健康支出的比较年度"), subjects(yr));
        yr.forEach(f -> assertTrue(f.get("message").asText().contains("与2021年预算相比"), f.toString()));
        assertEquals("PASS", rule(r, "SG003").get("outcome").asText());
        assertEquals("-2.2", rule(r, "SG003").get("stated").asText());
        assertEquals("PASS", rule(r, "PC001").get("outcome").asText());
        assertEquals(15, rule(r, "PC001").get("checks").asInt());
    }

    @Test
    void seed001() throws Exception {
        JsonNode r = seed("001");
        List<JsonNode> cl = findings(r, "CL001");
        assertEquals(1, cl.size());
        assertEquals("单位车辆数为0辆，却安排了公务用车运行维护费3.5万元，请说明该经费的用途（如统一保障平台用车）。",
                cl.get(0).get("message").asText());
        assertEquals("INFO", cl.get(0).get("severity").asText());
        List<JsonNode> sg = findings(r, "WZ001");
        assertEquals(1, sg.size());
        assertEquals("ERROR", sg.get(0).get("severity").asText());
    }

    @Test
    void seed003() throws Exception {
        JsonNode r = seed("003");
        List<String> listed = subjects(findings(r, "WZ010"));
        assertEquals(3, listed.size(), listed.toString());
        assertTrue(listed.get(0).startsWith("附表8 "), listed.toString());
        assertTrue(listed.get(1).startsWith("附表12 "), listed.toString());
        assertTrue(listed.get(2).startsWith("附表14 "), listed.toString());
        assertTrue(listed.stream().noneMatch(s -> s.startsWith("附表11 ")));
    }

    @Test
    void seed004() throws Exception {
        JsonNode r = seed("004");
        assertEquals(List.of("2023年部门财政拨款收支预算总表", "财政支出项目绩效目标申报表"), subjects(findings(r, "WZ010")));
        List<String> serious = Audits.findingsAtLeastWarning(r).stream().map(f -> f.get("rule").asText()).toList();
        assertEquals(List.of("WZ010", "WZ010"), serious);
    }

    @Test
    void putuo() throws Exception {
        JsonNode r = real("putuo-wanli-2024.pdf");
        List<JsonNode> pc = findings(r, "PC001");
        assertEquals(1, pc.size());
        assertEquals("0.53", pc.get(0).get("stated").asText());
        assertEquals("1.19", pc.get(0).get("computed").asText());
        List<JsonNode> empty = findings(r, "WZ009");
        assertEquals(1, empty.size());
        assertTrue(empty.get(0).get("subject").asText().contains("“三公”经费"), empty.get(0).toString());
        assertTrue(empty.get(0).get("message").asText().contains("表中列有数据"), empty.get(0).toString());
    }

    @Test
    void shanghaiFinanceBureau() throws Exception {
        JsonNode r = real("shanghai-finance-bureau-2025.pdf");
        List<String> empty = subjects(findings(r, "WZ009"));
        assertEquals(2, empty.size());
        assertTrue(empty.get(0).contains("政府性基金"), empty.toString());
        assertTrue(empty.get(1).contains("国有资本经营"), empty.toString());
    }
}
