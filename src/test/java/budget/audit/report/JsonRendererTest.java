package budget.audit.report;

import budget.audit.report.json.JsonRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {

    @Test
    void writesTheContract() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRenderer().render(ReportFixture.report(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);

        List<String> top = new ArrayList<>();
        json.fieldNames().forEachRemaining(top::add);
        // fields are added, never renamed: sources (every file audited) and scope (what was not checked, why)
        assertEquals(List.of("tool", "source", "sources", "filing", "scope", "summary", "rules", "findings", "facts",
                "roundings", "tables", "missingTables", "generatedOn", "coverage", "opinion"), top);
        assertEquals("BUDGET", json.at("/filing/documentKind").asText());
        assertEquals("COMPLETE", json.at("/filing/content").asText());
        assertEquals("budget-audit", json.at("/tool/name").asText());
        assertEquals("0.1.0", json.at("/tool/version").asText());
        assertEquals(ReportFixture.FILE, json.at("/source/file").asText());
        assertEquals(ReportFixture.SHA, json.at("/source/sha256").asText());
        assertEquals(ReportFixture.DEPARTMENT, json.at("/filing/department").asText());
        assertEquals(2025, json.at("/filing/year").asInt());
        assertEquals("部门预算", json.at("/filing/kind").asText());
        assertEquals(1, json.at("/summary/errors").asInt());
        assertEquals(1, json.at("/summary/warnings").asInt());
        assertEquals(1, json.at("/summary/infos").asInt());

        JsonNode rule = json.at("/rules/0");
        assertEquals("XA001", rule.get("id").asText());
        assertEquals("“三公”经费合计等于分项之和", rule.get("title").asText());
        assertEquals("FAIL", rule.get("outcome").asText());
        assertTrue(rule.get("stated").isTextual());
        assertEquals("12.5", rule.get("stated").asText());
        assertEquals("12.2", rule.get("computed").asText());
        assertEquals("万元", rule.get("unit").asText());
        assertTrue(json.at("/rules/1/stated").isNull(), "nulls are written");

        JsonNode finding = json.at("/findings/0");
        assertEquals("XA001", finding.get("rule").asText());
        assertEquals("ERROR", finding.get("severity").asText());
        assertTrue(finding.get("message").asText().startsWith("“三公”经费合计：公开数12.5万元"));
        assertEquals("0.3", finding.get("difference").asText());
        assertEquals(3, finding.get("evidence").size());
        assertEquals(11, finding.at("/evidence/1/line").asInt());
        assertEquals("公务用车购置及运行费8.3万元；", finding.at("/evidence/1/text").asText());

        JsonNode fact = json.at("/facts/5");
        assertEquals("income.total", fact.get("key").asText());
        assertTrue(fact.get("value").isTextual());
        assertEquals("1523.26", fact.get("value").asText());
        assertEquals("万元", fact.get("unit").asText());
        assertEquals(2, fact.get("decimals").asInt());
        assertEquals(31, fact.get("line").asInt());
        assertEquals("收入合计\t1523.26", fact.get("text").asText());
        assertTrue(json.at("/facts/4/value").isNull());
        assertEquals("UNREADABLE", json.at("/facts/4/status").asText());
        assertTrue(text.startsWith("{\n  \"tool\" : {\n"), text.substring(0, 30));
    }
}
