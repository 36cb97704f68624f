package budget.audit.hardening;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutation fuzzing of ingest + prose parser + table reader (see {@link FuzzHarness}). The default suite runs a
 * quick subset; the long run is
 * {@code ./mvnw -o verify -Dgroups=fuzz -Dfuzz.count=10000 [-Dfuzz.seed=N]} and prints inputs, crashes, slowest.
 */
class FuzzTest {

    static final long DEFAULT_SEED = 20260115L;

    @TempDir
    Path dir;

    @Test
    void quickSubsetNeverCrashesNorHangs() throws Exception {
        FuzzHarness.Report report = new FuzzHarness(DEFAULT_SEED, dir).run(300);
        System.out.print(report.summary());
        assertEquals(300, report.inputs());
        assertTrue(report.crashes().isEmpty(), report.summary());
    }

    @Test
    @Tag("fuzz")
    @EnabledIfSystemProperty(named = "fuzz.count", matches = "\\d+")
    void longRunNeverCrashesNorHangs() throws Exception {
        int count = Integer.parseInt(System.getProperty("fuzz.count"));
        long seed = Long.parseLong(System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED)));
        FuzzHarness.Report report = new FuzzHarness(seed, dir).run(count);
        System.out.print(report.summary());
        report.crashes().values().stream().filter(c -> c.example() != null).forEach(c -> {
            System.out.println("---- " + c.signature());
            c.example().printStackTrace(System.out);
        });
        assertTrue(report.crashes().isEmpty(), report.summary());
    }
}
