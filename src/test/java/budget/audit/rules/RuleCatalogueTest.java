package budget.audit.rules;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.api.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleCatalogueTest {

    static final List<String> IDS = List.of("SG001", "SG002", "ZC001", "ZC002", "ZC003", "SR001", "SR002",
            "JY001", "JY002", "JY003", "JY004", "CG001",
            "SG003", "YY001", "PC001", "UN001", "YR001", "CL001", "JX001", "PH001",
            "WZ001", "WZ002", "WZ003", "WZ004", "WZ005", "WZ006", "WZ007", "WZ008", "WZ009", "WZ010",
            "TB001", "TB002", "TB003", "XT001", "XT002", "XT003", "SG004", "TB004", "WZ011",
            // issue 13: 决算 rules
            "JS001", "JS002", "JS003", "JS004", "JS005", "JS006", "JS007", "JS008", "JS009", "JS010",
            "YY002", "YY003", "UN002", "ZC004", "KB001", "PC002", "CL002", "CG002", "XH001",
            // issue 13 item 5: 决算 against the published 预算 (batch)
            "JS011",
            "JX002", "JX003", "ZC005", "CL003");

    private final RuleCatalogue catalogue = RuleCatalogue.builtIn();

    @Test
    void holdsTheContractIdsInOrder() {
        assertEquals(IDS, catalogue.specs().stream().map(RuleSpec::id).toList());
        assertEquals(IDS, catalogue.rules().stream().map(Rule::id).toList());
    }

    @Test
    void severitiesLiveInTheCatalogue() {
        for (String id : IDS) {
            Severity expected = switch (id) {
                case "SR002", "JY003", "PC001", "YR001", "JX001", "WZ002", "WZ003", "WZ004", "WZ005", "WZ006",
                     "WZ007", "WZ008", "WZ009", "WZ010", "SG004", "TB004", "WZ011",
                     "JS002", "JS003", "JS005", "JS006", "JS010", "UN002", "KB001", "XH001",
                     "JX003" -> Severity.WARNING;
                case "JY004", "CL001", "PC002" -> Severity.INFO;
                default -> Severity.ERROR;
            };
            assertEquals(expected, catalogue.spec(id).severity(), id);
        }
        assertEquals("合理性", catalogue.spec("JY003").category());
        assertEquals("完整性", catalogue.spec("JY004").category());
    }

    @Test
    void everyEntryIsCompleteAndChinese() {
        for (RuleSpec spec : catalogue.specs()) {
            for (String text : List.of(spec.title(), spec.description(), spec.basis(), spec.example())) {
                assertFalse(text.isBlank(), spec.id());
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        spec.id() + ": " + text);
            }
            assertTrue(RuleCatalogue.CATEGORIES.contains(spec.category()), spec.id());
        }
    }

    @Test
    void everyIdHasARuleClassATemplateAndATestAndViceVersa() throws IOException {
        Path messages = Path.of("templates", "messages");
        Set<String> templates;
        try (Stream<Path> files = Files.list(messages)) {
            templates = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".ftl") && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - ".ftl".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(IDS), templates);
        for (Rule rule : catalogue.rules()) {
            String testName = rule.getClass().getName() + "Test";
            assertDoesNotThrow(() -> Class.forName(testName), "missing test " + testName);
        }
        assertEquals(IDS.size(), catalogue.rules().stream().map(r -> r.getClass()).distinct().count());
    }

    @Test
    void specLookup() {
        assertEquals("“三公”经费合计与分项之和一致", catalogue.spec("SG001").title());
        assertTrue(catalogue.find("XX999").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> catalogue.spec("XX999"));
        assertThrows(IllegalArgumentException.class, () -> catalogue.rule("XX999"));
    }

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Rule rule(String id) {
        return new Rule() {
            public String id() {
                return id;
            }

            public void evaluate(BudgetFiling filing, RuleContext context) {
            }
        };
    }

    private static final String ONE_ENTRY = """
            rules:
              - id: T001
                title: 测试
                category: 表内
                severity: ERROR
                description: 描述
                basis: 依据
                example: 示例
            """;

    @Test
    void loadBindsOneToOne() throws IOException {
        assertEquals(List.of("T001"), RuleCatalogue.load(yaml(ONE_ENTRY), List.of(rule("T001"))).specs().stream()
                .map(RuleSpec::id).toList());
        assertThrows(IllegalStateException.class, () -> RuleCatalogue.load(yaml(ONE_ENTRY), List.of()));
        assertThrows(IllegalStateException.class,
                () -> RuleCatalogue.load(yaml(ONE_ENTRY), List.of(rule("T001"), rule("T002"))));
        assertThrows(IllegalStateException.class,
                () -> RuleCatalogue.load(yaml(ONE_ENTRY.replace("表内", "其他")), List.of(rule("T001"))));
        assertThrows(IllegalStateException.class,
                () -> RuleCatalogue.load(yaml(ONE_ENTRY.replace("    example: 示例\n", "")), List.of(rule("T001"))));
    }
}
