package budget.audit.hardening;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutation fuzzing of ingest + prose parser + table reader + rules (see {@link FuzzHarness}), and of the whole
 * pipeline (the same plus the PDF, XLSX and JSON writers). The default suite runs quick subsets; the long runs are
 * {@code ./mvnw -o verify -Dgroups=fuzz -Dfuzz.count=100000 [-Dfuzz.seed=N]} and
 * {@code ./mvnw -o verify -Dgroups=fuzz -Dfuzz.wholeCount=10000 [-Dfuzz.seed=N]}; each prints inputs, crashes and
 * the slowest input (and a progress line every 1,000 inputs).
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
    void quickWholePipelineSubsetNeverCrashesNorHangs() throws Exception {
        FuzzHarness.Report report = new FuzzHarness(DEFAULT_SEED, dir, true).run(40);
        System.out.print("whole pipeline " + report.summary());
        assertEquals(40, report.inputs());
        assertTrue(report.accepted() > 0, "some inputs reach the writers");
        assertTrue(report.crashes().isEmpty(), report.summary());
    }

    @Test
    void aRuleThatFailedInternallyIsACrash() {
        budget.audit.model.BudgetFiling filing = budget.audit.rules.FilingFixture.filing().build();
        var specs = budget.audit.rules.RuleCatalogue.builtIn().specs();
        var check = new budget.audit.rules.api.Check(specs.getFirst().id(),
                budget.audit.rules.api.Outcome.INTERNAL_ERROR, specs.getFirst().title(), null, null, null, null,
                "_internal", java.util.Map.of("reason", "r", "error", "IllegalStateException：boom"),
                java.util.List.of());
        var report = budget.audit.report.ReportBuilder.build(filing, specs, java.util.List.of(check),
                new budget.audit.report.model.AuditReport.ToolInfo("budget-audit", "test"),
                java.time.LocalDate.of(2026, 1, 15), budget.audit.report.TemplateEngine.of(null));
        FuzzHarness.RuleInternalError e = org.junit.jupiter.api.Assertions.assertThrows(
                FuzzHarness.RuleInternalError.class, () -> FuzzHarness.checkNoRuleFailed(report));
        assertTrue(FuzzHarness.signature(e).startsWith("INTERNAL_ERROR " + specs.getFirst().id()),
                FuzzHarness.signature(e));
    }

    @Test
    @Tag("fuzz")
    @EnabledIfSystemProperty(named = "fuzz.count", matches = "\\d+")
    void longRunNeverCrashesNorHangs() throws Exception {
        int count = Integer.parseInt(System.getProperty("fuzz.count"));
        long seed = Long.parseLong(System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED)));
        FuzzHarness.Report report = new FuzzHarness(seed, dir).progress(System.out, 1000).run(count);
        System.out.print(report.summary());
        report.crashes().values().stream().filter(c -> c.example() != null).forEach(c -> {
            System.out.println("---- " + c.signature());
            c.example().printStackTrace(System.out);
        });
        assertTrue(report.crashes().isEmpty(), report.summary());
    }

    @Test
    @Tag("fuzz")
    @EnabledIfSystemProperty(named = "fuzz.wholeCount", matches = "\\d+")
    void longWholePipelineRunNeverCrashesNorHangs() throws Exception {
        int count = Integer.parseInt(System.getProperty("fuzz.wholeCount"));
        long seed = Long.parseLong(System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED)));
        FuzzHarness.Report report = new FuzzHarness(seed, dir, true).progress(System.out, 1000).run(count);
        System.out.print("whole pipeline " + report.summary());
        report.crashes().values().stream().filter(c -> c.example() != null).forEach(c -> {
            System.out.println("---- " + c.signature());
            c.example().printStackTrace(System.out);
        });
        assertTrue(report.crashes().isEmpty(), report.summary());
    }
}
