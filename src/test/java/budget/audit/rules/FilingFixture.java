package budget.audit.rules;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FactStatus;
import budget.audit.model.FilingKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small hand-made filings for rule tests: each fact gets the next line number (1, 2, 3 ...). */
public final class FilingFixture {

    public static final String FILE = "fixture.txt";

    private final List<Fact> facts = new ArrayList<>();

    public static FilingFixture filing() {
        return new FilingFixture();
    }

    /** A prose fact labelled with the key's Chinese name. */
    public FilingFixture prose(String key, String printed, Unit unit) {
        return prose(key, FactKeys.chineseName(key), printed, unit);
    }

    /** A prose fact with its own label (family items). */
    public FilingFixture prose(String key, String label, String printed, Unit unit) {
        facts.add(Fact.prose(key, label, Amount.of(printed, unit), nextSource(label + printed + unit.symbol())));
        return this;
    }

    public FilingFixture unreadable(String key) {
        facts.add(Fact.unreadable(key, FactKeys.chineseName(key), nextSource(FactKeys.chineseName(key) + "■■万元")));
        return this;
    }

    /** A table fact read from table {@code table}. */
    public FilingFixture table(String table, String key, String label, String printed, Unit unit) {
        Provenance source = nextSource(label + "\t" + printed).inTable(table, label, "合计");
        facts.add(new Fact(key, label, Amount.of(printed, unit), FactStatus.READ, Fact.Origin.TABLE, source));
        return this;
    }

    public FilingFixture table(String table, String key, String printed, Unit unit) {
        return table(table, key, FactKeys.chineseName(key), printed, unit);
    }

    private Provenance nextSource(String text) {
        return Provenance.ofLine(FILE, facts.size() + 1, text);
    }

    public BudgetFiling build() {
        SourceDocument document = new SourceDocument(FILE, "0".repeat(64), "text", "UTF-8", List.of());
        return new BudgetFiling(document, "测试部门", 2025, FilingKind.DEPARTMENT, facts, List.of(), List.of());
    }

    /** Runs one rule with a fresh context and default parameters. */
    public static List<Check> run(Rule rule, BudgetFiling filing) {
        RuleContext context = new RuleContext(rule.id(), Map.of());
        rule.evaluate(filing, context);
        return context.checks();
    }

    /** Runs one rule that must report exactly one check. */
    public static Check single(Rule rule, BudgetFiling filing) {
        List<Check> checks = run(rule, filing);
        if (checks.size() != 1) {
            throw new AssertionError("expected one check, got " + checks);
        }
        return checks.get(0);
    }

    /** The line numbers of a check's evidence, in order. */
    public static List<Integer> lines(Check check) {
        return check.evidence().stream().map(Provenance::line).toList();
    }

    /** Printed digits of a BigDecimal (null → null). */
    public static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
