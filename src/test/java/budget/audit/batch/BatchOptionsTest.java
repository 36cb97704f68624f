package budget.audit.batch;

import budget.audit.support.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 9: --resume never reuses reports made under another --rules file (or an edited one), another
 * --pdfa or edited templates; the batch summary lists the run's own catalogue (declared rules, changed
 * severities).
 */
class BatchOptionsTest {

    private static final String RULES = """
            rules:
              - id: WZ006
                severity: ERROR
            custom:
              - id: LOC001
                title: 公务接待费不超过因公出国（境）费
                category: 合理性
                severity: ERROR
                check: le
                left: sangong.reception
                right: sangong.abroad
            """;

    @TempDir
    Path dir;

    private CliRunner.Result batch(Path in, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("batch", in.toString(), "-o", out.toString(), "--date",
                "2026-01-15", "--jobs", "1", "--format", "json", "--fail-on", "never"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static void assertResumed(CliRunner.Result r, int resumed) {
        assertTrue(r.out().contains("其中沿用已有结果 " + resumed + " 个"), r.out() + r.err());
    }

    @Test
    void summaryListsTheRunsOwnCatalogue() throws Exception {
        Path in = dir.resolve("in");
        BatchFixtures.generate(in, 7, 1, 2);
        Path rules = Files.writeString(dir.resolve("local.yaml"), RULES, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        batch(in, out, "--rules", rules.toString());
        JsonNode summary = BatchFixtures.json(out.resolve(SummaryWriter.JSON_NAME));
        JsonNode loc = null;
        JsonNode wz006 = null;
        for (JsonNode r : summary.get("rules")) {
            if (r.get("id").asText().equals("LOC001")) {
                loc = r;
            }
            if (r.get("id").asText().equals("WZ006")) {
                wz006 = r;
            }
        }
        assertTrue(loc != null, "declared rule LOC001 in summary.json: " + summary.get("rules"));
        assertEquals("公务接待费不超过因公出国（境）费", loc.get("title").asText());
        assertEquals("ERROR", wz006.get("severity").asText());
    }

    @Test
    void resumeKeyCoversRulesPdfaAndTemplateContent() throws Exception {
        Path in = dir.resolve("in");
        BatchFixtures.generate(in, 7, 1, 2);
        Path out = dir.resolve("out");
        Path rules = Files.writeString(dir.resolve("local.yaml"), RULES, StandardCharsets.UTF_8);
        Path templates = Files.createDirectories(dir.resolve("tpl"));
        Files.writeString(templates.resolve("verdict.ftl"), "未发现问题", StandardCharsets.UTF_8);

        assertResumed(batch(in, out), 0);
        assertResumed(batch(in, out, "--resume"), 2);
        // another rules file
        assertResumed(batch(in, out, "--resume", "--rules", rules.toString()), 0);
        assertResumed(batch(in, out, "--resume", "--rules", rules.toString()), 2);
        // the same rules file, edited
        Files.writeString(rules, RULES.replace("title: 公务接待费不超过因公出国（境）费", "title: 公务接待费不超过因公出国（境）费（本地）"), StandardCharsets.UTF_8);
        assertResumed(batch(in, out, "--resume", "--rules", rules.toString()), 0);
        // --pdfa (it shapes the PDF report; here the key must change even if only JSON is written)
        assertResumed(batch(in, out, "--resume", "--rules", rules.toString(), "--pdfa"), 0);
        // templates, then the same templates folder with one template edited
        assertResumed(batch(in, out, "--resume", "--templates", templates.toString()), 0);
        assertResumed(batch(in, out, "--resume", "--templates", templates.toString()), 2);
        Files.writeString(templates.resolve("verdict.ftl"), "未发现问题（本地模板）", StandardCharsets.UTF_8);
        assertResumed(batch(in, out, "--resume", "--templates", templates.toString()), 0);
    }
}
