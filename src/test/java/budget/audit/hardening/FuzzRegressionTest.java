package budget.audit.hardening;

import budget.audit.ingest.Ingest;
import budget.audit.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs the long fuzz run found slow, rebuilt from their seed and index: #69964 and #1844 of seed 99 are the
 * fixture PDF with a corrupted ToUnicode CMap whose ranges made PDFBox add hundreds of millions of mappings
 * (181 s and 14 s of CPU). They now read in about a second; the guard here is generous (a loaded machine).
 * #219 of seed 20260115 (whole pipeline, an earlier seed list) was a table cell of about 100,000 characters whose
 * PDF layout took about 30 s; with today's seed list #15 and #25 of that seed are such inputs (a table row label of
 * 100,000 characters). The XHTML the PDF and DOCX are laid out from now holds its beginning and a marker only.
 */
class FuzzRegressionTest {

    @TempDir
    Path dir;

    @Test
    void corruptedCMapRangesDoNotBurnCpu() throws Exception {
        FuzzHarness harness = new FuzzHarness(99, dir);
        for (int index : new int[]{69964, 1844}) {
            FuzzHarness.Input input = harness.input(index);
            Path file = dir.resolve("input-" + index + "." + input.seed().extension());
            Files.write(file, input.bytes());
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try {
                    new Ingest().read(file);
                } catch (InputException e) {
                    // a clear rejection is fine too
                }
            }, input.label());
        }
    }

    /**
     * Inputs of seed 20260115 that put a 100,000-character label into a table (#15 and #25 while the samples were
     * 01–05): the report lays out none of it whole. Found by content, so a new sample shifting the numbering keeps
     * the test meaningful.
     */
    @Test
    void aHundredThousandCharacterCellIsNotLaidOutWhole() throws Exception {
        FuzzHarness harness = new FuzzHarness(FuzzTest.DEFAULT_SEED, dir, true);
        budget.audit.engine.FilingAuditor auditor = budget.audit.engine.Pipeline
                .create(budget.audit.support.Audits.settings(dir.resolve("out"), "json")).auditor();
        budget.audit.report.pdf.PdfRenderer pdf =
                new budget.audit.report.pdf.PdfRenderer(budget.audit.report.TemplateEngine.of(null));
        int found = 0;
        for (int index = 0; index < 200 && found < 2; index++) {
            FuzzHarness.Input input = harness.input(index);
            if (!"txt".equals(input.seed().extension()) || !hasLineLongerThan(input.bytes(), 50_000)) {
                continue;
            }
            Path file = dir.resolve("input-" + index + "." + input.seed().extension());
            Files.write(file, input.bytes());
            budget.audit.engine.AuditResult result;
            try {
                result = auditor.audit(file);
            } catch (budget.audit.ingest.InputException refused) {
                continue;
            }
            found++;
            String xhtml = pdf.xhtml(result.report());
            int longest = 0;
            for (String text : xhtml.substring(xhtml.indexOf("<body")).split("<[^>]*>")) {
                String chars = text.replaceAll("&[#a-zA-Z0-9]{1,10};", "&");   // an entity is one character
                longest = Math.max(longest, chars.codePointCount(0, chars.length()));
            }
            org.junit.jupiter.api.Assertions.assertTrue(longest <= budget.audit.report.LayoutText.LIMIT,
                    input.label() + ": longest text laid out " + longest);
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 0, "no input with a 50,000-character line among the first 200");
    }

    private static boolean hasLineLongerThan(byte[] bytes, int chars) {
        for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
            if (line.length() > chars) {
                return true;
            }
        }
        return false;
    }

    /** Fuzz #62384 of seed 20260115, rebuilt in the clean 决算 sample: "1，00%" (a full-width comma) in JS006's sentence. */
    @Test
    void aFullWidthCommaInTheSelfEvaluationShareIsNoInternalError() throws Exception {
        String text = Files.readString(Path.of("samples/05-滨江区方志办公室-2023年度部门决算.txt"))
                .replace("占一般公共预算项目支出总额的100%", "占一般公共预算项目支出总额的1，00%");
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("1，00%"));
        Path file = Files.writeString(dir.resolve("final.txt"), text);
        com.fasterxml.jackson.databind.JsonNode report = budget.audit.support.Audits.json(
                budget.audit.support.Audits.audit(file, dir.resolve("out2")));
        org.junit.jupiter.api.Assertions.assertFalse(report.toString().contains("INTERNAL_ERROR"), "JS006 failed internally");
    }

    /** #62384 of seed 20260115: a percentage printed with a full-width comma ("1，5%") failed JS006 internally. */
    @Test
    void aFullWidthCommaInAPercentageIsNoInternalError() throws Exception {
        FuzzHarness harness = new FuzzHarness(FuzzTest.DEFAULT_SEED, dir);
        FuzzHarness.Input input = harness.input(62384);
        Path file = dir.resolve("input-62384." + input.seed().extension());
        Files.write(file, input.bytes());
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> harness.readAndParse(file), input.label());
    }
}
