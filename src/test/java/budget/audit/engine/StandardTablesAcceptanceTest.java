package budget.audit.engine;

import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static budget.audit.support.Audits.findings;
import static budget.audit.support.Audits.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** WZ011 (the standard table set) on the seeds, the real PDFs and the clean sample; skips when ../shared is absent. */
class StandardTablesAcceptanceTest {

    @TempDir
    Path out;

    private JsonNode audit(Path file) throws Exception {
        return Audits.json(Audits.audit(file, out, "json"));
    }

    private static String outcome(JsonNode report) {
        return rule(report, "WZ011").get("outcome").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002"})
    void proseOnlySeedsAreNotApplicable(String seed) throws Exception {
        JsonNode r = audit(SharedMaterial.seed(seed));
        assertEquals("NOT_APPLICABLE", outcome(r));
        assertEquals(List.of(), findings(r, "WZ011"));
    }

    @Test
    void seed003LeavesItsListedIncomeSummaryToWz010() throws Exception {
        JsonNode r = audit(SharedMaterial.seed("003"));
        assertEquals(List.of(), findings(r, "WZ011"));
        // issue 11 item 8: a missing table the filing's list names is WZ010's finding, and WZ011 does not PASS
        assertEquals("NOT_APPLICABLE", outcome(r));
        assertEquals(3, findings(r, "WZ010").size());
    }

    @Test
    void seed004KeepsExactlyItsTwoWz010Warnings() throws Exception {
        JsonNode r = audit(SharedMaterial.seed("004"));
        assertEquals(List.of(), findings(r, "WZ011"));
        assertEquals("NOT_APPLICABLE", outcome(r));
        assertEquals(List.of("WZ010", "WZ010"), Audits.findingsAtLeastWarning(r).stream()
                .map(f -> f.get("rule").asText()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"putuo-wanli-2024.pdf", "shanghai-finance-bureau-2025.pdf"})
    void realShanghaiFilingsCarryAllNineTables(String name) throws Exception {
        JsonNode r = audit(SharedMaterial.real(name));
        assertEquals("PASS", outcome(r));
        assertEquals(List.of(), findings(r, "WZ011"));
    }

    @Test
    void cleanSampleCarriesTheEightTables() throws Exception {
        JsonNode r = audit(Path.of("samples/01-滨江区文化和旅游局-2024年部门预算.txt"));
        assertEquals("PASS", outcome(r));
        assertEquals(List.of(), findings(r, "WZ011"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-青石街道社区服务中心-2024年单位预算.txt", "03-滨江区农业农村委员会-2024年部门预算-GB18030.txt"})
    void proseOnlySamplesAreNotApplicable(String name) throws Exception {
        assertEquals("NOT_APPLICABLE", outcome(audit(Path.of("samples", name))));
    }
}
