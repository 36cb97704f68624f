package budget.audit.batch;

import budget.audit.bench.GeneratedFiling;
import budget.audit.support.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --resume re-audits only what is missing or changed, and every report set ends complete and readable. */
class BatchResumeTest {

    @TempDir
    Path dir;

    private CliRunner.Result batch(Path in, Path out, String... extra) {
        String[] base = {"batch", in.toString(), "-o", out.toString(), "--date", "2026-01-15", "--jobs", "2"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void resumeReauditsOnlyTheIncompleteAndTheChangedFilings() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<GeneratedFiling> filings = BatchFixtures.generate(in, 5, 1, 5);
        CliRunner.Result first = batch(in, out);
        assertTrue(first.out().startsWith("已审核 5 个文件（其中沿用已有结果 0 个）"), first.out());

        Map<Path, FileTime> before = new HashMap<>();
        for (Path p : BatchFixtures.files(out, "")) {
            before.put(p, Files.getLastModifiedTime(p));
        }
        // Filing 1: its PDF and manifest are gone and a killed write left a truncated temp file beside them.
        String base1 = strip(filings.get(0).path());
        Files.delete(out.resolve(base1 + ".pdf"));
        Files.write(out.resolve(base1 + ".pdf").resolveSibling(".tmp-123.part"), new byte[]{'%', 'P', 'D'});
        // Filing 2: only its JSON report is gone (manifest still there): not complete either.
        String base2 = strip(filings.get(1).path());
        Files.delete(out.resolve(base2 + ".json"));
        // Filing 3: the input changed since it was audited.
        Path changed = in.resolve(filings.get(2).path());
        Files.write(changed, (new String(Files.readAllBytes(changed), filings.get(2).encoding()) + "\n附注：无。\n")
                .getBytes(filings.get(2).encoding()));
        Thread.sleep(20);

        CliRunner.Result second = batch(in, out, "--resume");
        assertTrue(second.out().startsWith("已审核 5 个文件（其中沿用已有结果 2 个）"), second.out());
        JsonNode s = BatchFixtures.json(out.resolve("summary.json"));
        assertEquals(5, s.at("/totals/audited").asInt());
        assertEquals(2, s.at("/totals/resumed").asInt());
        assertEquals(5, s.get("filings").size());
        assertEquals(List.of(), BatchFixtures.files(out, ".part"), "leftover temp file removed");

        // The two untouched filings were not rewritten.
        for (int i = 3; i < 5; i++) {
            Path pdf = out.resolve(strip(filings.get(i).path()) + ".pdf");
            assertEquals(before.get(pdf), Files.getLastModifiedTime(pdf), pdf.toString());
        }
        // Every report set is complete and opens.
        for (GeneratedFiling f : filings) {
            String b = strip(f.path());
            assertTrue(BatchFixtures.pdfText(out.resolve(b + ".pdf")).contains("审核报告"), b);
            assertTrue(BatchFixtures.sheetCount(out.resolve(b + ".xlsx")) >= 1, b);
            JsonNode report = BatchFixtures.json(out.resolve(b + ".json"));
            JsonNode state = BatchFixtures.json(out.resolve(b + ".audit-state.json"));
            assertEquals(report.at("/source/sha256").asText(), state.get("inputSha256").asText(), b);
            assertEquals(3, state.get("reports").size());
        }
        // A third run resumes everything.
        CliRunner.Result third = batch(in, out, "--resume");
        assertTrue(third.out().startsWith("已审核 5 个文件（其中沿用已有结果 5 个）"), third.out());
        assertFalse(third.err().contains("Exception"), third.err());
        assertEquals(BatchFixtures.json(out.resolve("summary.json")).at("/totals/errors"), s.at("/totals/errors"));
    }

    @Test
    void otherOptionsMeanNotDone() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        BatchFixtures.generate(in, 5, 1, 2);
        batch(in, out, "--format", "json");
        CliRunner.Result again = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--date", "2026-01-16",
                "--format", "json", "--resume");
        assertTrue(again.out().startsWith("已审核 2 个文件（其中沿用已有结果 0 个）"), again.out());
    }

    private static String strip(String path) {
        return path.substring(0, path.length() - ".txt".length());
    }
}
