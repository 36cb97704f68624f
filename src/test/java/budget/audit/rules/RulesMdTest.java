package budget.audit.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RULES.md in the repository root is generated from the catalogue and must not go stale. */
class RulesMdTest {

    @Test
    void rulesMdIsCurrent() throws Exception {
        var specs = RuleCatalogue.builtIn().specs();
        String expected = CatalogueFormats.render(specs, "md",
                new budget.audit.report.Remedies(budget.audit.report.TemplateEngine.classpath()).forCatalogue(specs));
        String actual = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);
        assertEquals(expected, actual,
                "RULES.md is stale: regenerate with ./budget-audit rules --format md > RULES.md");
    }
}
