package budget.audit.report;

import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.api.RuleSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every catalogue rule has its own 整改建议 (templates/remedies/&lt;id&gt;.ftl), rendered as one Chinese line. */
class RemediesTest {

    private final Remedies remedies = new Remedies(TemplateEngine.classpath());

    @Test
    void everyCatalogueRuleHasItsOwnRemedy() {
        List<String> missing = new ArrayList<>();
        for (RuleSpec spec : RuleCatalogue.builtIn().specs()) {
            if (!remedies.has(spec.id())) {
                missing.add(spec.id());
                continue;
            }
            String text = remedies.of(spec.id(), spec.title(), "FAIL");
            assertNotNull(text, spec.id());
            assertTrue(text.length() >= 10 && !text.contains("\n") && !text.contains("${"), spec.id() + ": " + text);
        }
        assertEquals(List.of(), missing, "rules without templates/remedies/<id>.ftl");
    }

    @Test
    void aRuleWithoutRemedyGetsTheDefaultNamingItsTitle() {
        String text = remedies.of("LOC001", "公务接待费不超过因公出国（境）费", "FAIL");
        assertTrue(text.contains("公务接待费不超过因公出国（境）费"), text);
    }

    @Test
    void aTruncationHintGetsItsOwnRemedy() {
        assertTrue(remedies.of("XT001", "说明文字与表格数据一致", "TRUNCATION").contains("四舍五入"));
    }
}
