package budget.audit.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed budget disclosure: who and which year, every fact read from prose and tables with its source,
 * the tables themselves, and what the parser could not read; what kind of document it is (预算 / 决算 / other)
 * and which halves (情况说明, 报表) it holds.
 */
public record BudgetFiling(SourceDocument document, String department, Integer year, FilingKind kind,
                           List<Fact> facts, List<BudgetTable> tables, List<ParseIssue> issues,
                           DocumentKind documentKind, FilingContent content) {

    public BudgetFiling {
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
        documentKind = documentKind == null ? DocumentKind.BUDGET : documentKind;
        content = content == null ? FilingContent.COMPLETE : content;
    }

    /** A 预算 filing checked as a whole (the shape before document kinds and split filings). */
    public BudgetFiling(SourceDocument document, String department, Integer year, FilingKind kind,
                        List<Fact> facts, List<BudgetTable> tables, List<ParseIssue> issues) {
        this(document, department, year, kind, facts, tables, issues, DocumentKind.BUDGET, FilingContent.COMPLETE);
    }

    public String fileName() {
        return document.fileName();
    }

    /** All facts with this key, in document order. */
    public List<Fact> facts(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).toList();
    }

    /** All facts with this key from the given origin. */
    public List<Fact> facts(String key, Fact.Origin origin) {
        return facts.stream().filter(f -> f.key().equals(key) && f.origin() == origin).toList();
    }

    /** The first prose fact with this key (the headline statement), if any. */
    public Optional<Fact> prose(String key) {
        return facts(key, Fact.Origin.PROSE).stream().findFirst();
    }

    public List<BudgetTable> tables(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).toList();
    }
}
