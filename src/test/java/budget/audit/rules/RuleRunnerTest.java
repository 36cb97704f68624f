package budget.audit.rules;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleRunnerTest {

    private static final String YAML = """
            rules:
              - id: T001
                title: 会抛异常的规则
                category: 表内
                severity: ERROR
                description: 描述
                basis: 依据
                example: 示例
              - id: T002
                title: 什么也不报告的规则
                category: 表内
                severity: WARNING
                description: 描述
                basis: 依据
                example: 示例
              - id: T003
                title: 报告参数的规则
                category: 表内
                severity: INFO
                description: 描述
                basis: 依据
                example: 示例
            """;

    private record TestRule(String id, java.util.function.BiConsumer<BudgetFiling, RuleContext> body) implements Rule {
        @Override
        public void evaluate(BudgetFiling filing, RuleContext context) {
            body.accept(filing, context);
        }
    }

    private static RuleCatalogue catalogue() throws IOException {
        return RuleCatalogue.load(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), List.of(
                new TestRule("T001", (f, c) -> {
                    c.report(new Check("T001", Outcome.PASS, "部分", null, null, null, null, "T001", Map.of(), List.of()));
                    throw new IllegalStateException("boom");
                }),
                new TestRule("T002", (f, c) -> { }),
                new TestRule("T003", (f, c) -> c.report(new Check("T003", Outcome.PASS,
                        c.param(Consistency.MODE_PARAM, "none"), null, null, null, null, "T003", Map.of(), List.of())))));
    }

    @Test
    void throwingRuleBecomesInternalErrorAndEmptyRuleNotApplicable() throws IOException {
        List<Check> checks = new RuleRunner(Map.of(Consistency.MODE_PARAM, "TRUNCATION"))
                .run(filing().build(), catalogue());
        assertEquals(3, checks.size());
        assertEquals("T001", checks.get(0).ruleId());
        assertEquals(Outcome.INTERNAL_ERROR, checks.get(0).outcome());
        assertTrue(checks.get(0).outcome().isFinding(), "a rule that could not run is never silent");
        assertEquals("会抛异常的规则", checks.get(0).subject());
        assertEquals("规则执行时发生内部错误，未能完成核对", checks.get(0).args().get("reason"));
        assertEquals("IllegalStateException：boom", checks.get(0).args().get("error"));
        assertEquals("_internal", checks.get(0).messageKey());
        assertEquals(Outcome.NOT_APPLICABLE, checks.get(1).outcome());
        assertEquals("T002", checks.get(1).messageKey());
        assertEquals("TRUNCATION", checks.get(2).subject());
    }

    @Test
    void runsTheBuiltInCatalogue() {
        BudgetFiling filing = filing().prose(FactKeys.SANGONG_TOTAL, "12.40", WAN_YUAN)
                .prose(FactKeys.SANGONG_ABROAD, "3.00", WAN_YUAN).prose(FactKeys.SANGONG_VEHICLE, "6.50", WAN_YUAN)
                .prose(FactKeys.SANGONG_RECEPTION, "2.40", WAN_YUAN).build();
        List<Check> checks = new RuleRunner().run(filing, RuleCatalogue.builtIn());
        assertEquals(RuleCatalogueTest.IDS, checks.stream().map(Check::ruleId).toList());
        assertEquals(Outcome.FAIL, checks.get(0).outcome());
        // the arithmetic rules after SG001 have nothing to check; completeness rules (issue 5) judge the empty text
        assertEquals(List.of(Outcome.NOT_APPLICABLE), checks.stream().skip(1).limit(11).map(Check::outcome).distinct()
                .toList());
    }
}
