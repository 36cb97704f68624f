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

    @Test
    void aHundredThousandCharacterCellIsNotLaidOutWhole() throws Exception {
        FuzzHarness harness = new FuzzHarness(FuzzTest.DEFAULT_SEED, dir, true);
        budget.audit.engine.FilingAuditor auditor = budget.audit.engine.Pipeline
                .create(budget.audit.support.Audits.settings(dir.resolve("out"), "json")).auditor();
        budget.audit.report.pdf.PdfRenderer pdf =
                new budget.audit.report.pdf.PdfRenderer(budget.audit.report.TemplateEngine.of(null));
        for (int index : new int[]{15, 25}) {
            FuzzHarness.Input input = harness.input(index);
            Path file = dir.resolve("input-" + index + "." + input.seed().extension());
            Files.write(file, input.bytes());
            String xhtml = pdf.xhtml(auditor.audit(file).report());
            org.junit.jupiter.api.Assertions.assertTrue(xhtml.contains("以下从略"), input.label());
            int longest = 0;
            for (String text : xhtml.substring(xhtml.indexOf("<body")).split("<[^>]*>")) {
                String chars = text.replaceAll("&[#a-zA-Z0-9]{1,10};", "&");   // an entity is one character
                longest = Math.max(longest, chars.codePointCount(0, chars.length()));
            }
            org.junit.jupiter.api.Assertions.assertTrue(longest <= budget.audit.report.LayoutText.LIMIT,
                    input.label() + ": longest text laid out " + longest);
        }
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
