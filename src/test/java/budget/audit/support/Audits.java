package budget.audit.support;

import budget.audit.engine.AuditResult;
import budget.audit.engine.AuditRun;
import budget.audit.engine.AuditSettings;
import budget.audit.engine.Pipeline;
import budget.audit.engine.AuditListener;
import budget.audit.ingest.InputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs the whole pipeline on a file into a folder and reads the JSON report back. */
public final class Audits {

    public static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 15);

    private Audits() {
    }

    public static AuditSettings settings(Path outDir, String... formats) {
        return new AuditSettings(outDir, formats.length == 0 ? List.of("pdf", "xlsx", "json") : List.of(formats),
                null, FIXED_DATE, 200L * 1024 * 1024);
    }

    /** Audits one file; fails the test on an input error. */
    public static AuditResult audit(Path file, Path outDir, String... formats) {
        AuditRun run = Pipeline.create(settings(outDir, formats));
        List<AuditResult> results = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        run.run(List.of(file), new AuditListener() {
            @Override
            public void fileAudited(AuditResult result) {
                results.add(result);
            }

            @Override
            public void inputError(Path f, InputException error) {
                errors.add(error.getMessage());
            }

            @Override
            public void internalError(Path f, Exception error) {
                errors.add(error.toString());
            }
        });
        if (!errors.isEmpty()) {
            fail("audit failed: " + errors);
        }
        assertEquals(1, results.size());
        return results.get(0);
    }

    public static JsonNode json(AuditResult result) throws Exception {
        Path json = result.outputs().stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        assertTrue(Files.size(json) > 0);
        return new ObjectMapper().readTree(json.toFile());
    }

    public static JsonNode rule(JsonNode report, String id) {
        for (JsonNode r : report.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("rule " + id + " not in report");
    }

    public static List<JsonNode> findings(JsonNode report, String ruleId) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(ruleId)).toList();
    }

    public static List<JsonNode> findingsAtLeastWarning(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> !f.get("severity").asText().equals("INFO")).toList();
    }
}
