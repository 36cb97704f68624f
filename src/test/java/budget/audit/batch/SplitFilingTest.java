package budget.audit.batch;

import budget.audit.engine.FilingAuditor;
import budget.audit.engine.Pipeline;
import budget.audit.engine.StageTimes;
import budget.audit.support.Audits;
import budget.audit.support.CliRunner;
import budget.audit.support.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 point 4: a 情况说明 and its 报表 published as two files. The fixture splits the clean sample at its
 * first 附件 (line 45): lines 1-44 are the 情况说明, the rest the tables; the files are named "a" and "b" so that
 * nothing in their names ties them.
 */
class SplitFilingTest {

    private static final Path SAMPLE = Path.of("samples/01-滨江区文化和旅游局-2024年部门预算.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path narrative;
    static Path tables;

    @BeforeAll
    static void split() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        Path in = Files.createDirectories(dir.resolve("in"));
        narrative = Files.write(in.resolve("a.txt"), lines.subList(0, 44), StandardCharsets.UTF_8);
        tables = Files.write(in.resolve("b.txt"), lines.subList(44, lines.size()), StandardCharsets.UTF_8);
        // another department's 情况说明 in the same folder: not a candidate for b
        Files.copy(Path.of("samples/02-青石街道社区服务中心-2024年单位预算.txt"), in.resolve("c.txt"));
    }

    private static JsonNode report(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    private static List<String> rules(JsonNode r, String prefix, String... severities) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (f.get("rule").asText().startsWith(prefix)
                    && List.of(severities).contains(f.get("severity").asText())) {
                out.add(f.get("rule").asText());
            }
        }
        return out;
    }

    private static String outcome(JsonNode r, String id) {
        return Audits.rule(r, id).get("outcome").asText();
    }

    @Test
    void aTablesOnlyFileAloneGetsNoCompletenessFindings() throws Exception {
        Path out = dir.resolve("out-tables");
        JsonNode r = Audits.json(Audits.audit(tables, out, "json"));
        assertEquals("TABLES_ONLY", r.at("/filing/content").asText());
        assertEquals(List.of(), rules(r, "WZ", "ERROR", "WARNING"));
        for (String id : List.of("WZ001", "WZ002", "WZ003", "WZ004", "WZ005", "WZ006", "WZ007", "WZ008")) {
            assertEquals("NOT_APPLICABLE", outcome(r, id), id);
        }
        assertEquals("PASS", outcome(r, "WZ011"));
        assertTrue(r.get("scope").get(0).asText().contains("只有公开报表"));
    }

    @Test
    void aNarrativeOnlyFileAloneIsNotAskedForTables() throws Exception {
        JsonNode r = Audits.json(Audits.audit(narrative, dir.resolve("out-narrative"), "json"));
        assertEquals("NARRATIVE_ONLY", r.at("/filing/content").asText());
        assertEquals(List.of(), rules(r, "WZ", "ERROR", "WARNING"));
        assertEquals("NOT_APPLICABLE", outcome(r, "WZ011"));
        assertEquals("PASS", outcome(r, "WZ001"));
    }

    @Test
    void auditOneFilingMergesBothFilesWithTheirOwnLines() throws Exception {
        Path out = dir.resolve("out-merged");
        CliRunner.Result res = CliRunner.run("audit", tables.toString(), narrative.toString(), "--one-filing",
                "-o", out.toString(), "--format", "json", "--date", "2026-01-15", "--fail-on", "never");
        assertEquals(0, res.exitCode(), res.err());
        JsonNode r = report(out.resolve("b+a.json"));
        // the 情况说明 is read first whatever the order given
        assertEquals(List.of("a.txt", "b.txt"),
                List.of(r.at("/sources/0/file").asText(), r.at("/sources/1/file").asText()));
        assertEquals("COMPLETE", r.at("/filing/content").asText());
        assertEquals("滨河市滨江区文化和旅游局", r.at("/filing/department").asText());
        // the whole sample has no finding; split and merged again, neither
        assertEquals(0, r.get("findings").size());
        for (JsonNode rule : r.get("rules")) {
            if (rule.get("id").asText().startsWith("WZ")) {
                assertTrue(List.of("PASS", "NOT_APPLICABLE").contains(rule.get("outcome").asText()),
                        rule.toString());
            }
        }
        assertEquals("PASS", outcome(r, "WZ011"));
        // table facts name b.txt with its own line numbers: the sample's line 107 (“三公”经费预算表, 合计 12.60)
        // is b.txt line 63; prose facts name a.txt
        List<Integer> lines = new ArrayList<>();
        for (JsonNode f : r.get("facts")) {
            if ("TABLE".equals(f.get("origin").asText())) {
                assertEquals("b.txt", f.get("file").asText());
                if (f.get("key").asText().equals("sangong.total")) {
                    lines.add(f.get("line").asInt());
                }
            } else {
                assertEquals("a.txt", f.get("file").asText());
                assertTrue(f.get("line").asInt() <= 44);
            }
        }
        assertEquals(List.of(63), lines);
    }

    @Test
    void batchPairsTheTwoHalvesByTheirContent() throws Exception {
        Path out = dir.resolve("out-batch");
        CliRunner.Result res = CliRunner.run("batch", dir.resolve("in").toString(), "-o", out.toString(),
                "--format", "json", "--date", "2026-01-15", "--fail-on", "never", "-j", "1");
        assertEquals(0, res.exitCode(), res.err());
        JsonNode summary = report(out.resolve("summary.json"));
        List<String> files = new ArrayList<>();
        summary.get("filings").forEach(f -> files.add(f.get("file").asText()));
        assertEquals(List.of("a.txt + b.txt", "c.txt"), files.stream().sorted().toList());
        assertTrue(Files.isRegularFile(out.resolve("a+b.json")));
        assertEquals(0, report(out.resolve("a+b.json")).get("findings").size());
    }

    private static Optional<Path> nationwide() {
        return SharedMaterial.root().map(r -> r.resolve("nationwide")).filter(Files::isDirectory);
    }

    @Test
    void realSplitFilingsArePairedAndNothingElse() throws Exception {
        Optional<Path> folder = nationwide();
        SharedMaterial.assume(folder.isPresent(), "../shared/nationwide not present");
        FilingAuditor auditor = Pipeline.create(Audits.settings(dir.resolve("unused"), "json")).auditor();
        List<BatchJob> jobs = FilingPairer.pair(BatchPlanner.plan(List.of(folder.get()), dir.resolve("out-nw")),
                p -> {
                    try {
                        return Optional.of(FilingPairer.Probe.of(auditor.parse(p, new StageTimes())));
                    } catch (Exception e) {
                        return Optional.empty();
                    }
                });
        List<String> paired = jobs.stream().filter(j -> j.inputs().size() > 1).map(BatchJob::relative).sorted()
                .toList();
        assertEquals(List.of(
                "beijing-audit-2026-budget-narrative.pdf + beijing-audit-2026-budget-tables.pdf",
                "jiangsu-npc-office-2019-budget-narrative.pdf + jiangsu-npc-office-2019-budget-tables.pdf"), paired);
        // xian-work-safety-2019-budget-tables.pdf is a tables half whose narrative was not kept: alone
        assertTrue(jobs.stream().anyMatch(j -> j.relative().equals("xian-work-safety-2019-budget-tables.pdf")
                && j.inputs().size() == 1));
    }
}
