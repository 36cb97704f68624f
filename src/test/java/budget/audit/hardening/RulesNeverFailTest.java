package budget.audit.hardening;

import budget.audit.engine.FilingAuditor;
import budget.audit.engine.Pipeline;
import budget.audit.ingest.InputException;
import budget.audit.support.Audits;
import budget.audit.support.SharedMaterial;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 7: no rule fails internally (INTERNAL_ERROR) on the samples, the seeds, ../shared/real and
 * ../shared/nationwide (each file audited alone). Skips the shared part when ../shared is absent.
 */
class RulesNeverFailTest {

    private final FilingAuditor auditor = Pipeline.create(Audits.settings(Path.of("target"), "json")).auditor();

    private List<String> internalErrors(Path folder) throws Exception {
        List<String> errors = new ArrayList<>();
        int audited = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList()) {
                try {
                    FuzzHarness.checkNoRuleFailed(auditor.audit(f).report());
                    audited++;
                } catch (InputException e) {
                    // not a filing: nothing for the rules to do
                } catch (FuzzHarness.RuleInternalError e) {
                    errors.add(f.getFileName() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(audited > 0 || !errors.isEmpty(), "nothing audited in " + folder);
        return errors;
    }

    @Test
    void noRuleFailsOnTheSamples() throws Exception {
        assertEquals(List.of(), internalErrors(Path.of("samples")));
    }

    @Test
    void noRuleFailsOnTheSeedsAndRealFilings() throws Exception {
        assertEquals(List.of(), internalErrors(SharedMaterial.folder("seeds")));
        assertEquals(List.of(), internalErrors(SharedMaterial.folder("real")));
    }

    @Test
    void noRuleFailsOnTheNationwideFilings() throws Exception {
        assertEquals(List.of(), internalErrors(SharedMaterial.folder("nationwide")));
    }
}
