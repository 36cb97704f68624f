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
}
