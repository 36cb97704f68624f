package budget.audit.engine;

import budget.audit.model.BudgetFiling;
import budget.audit.model.DocumentKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.report.BudgetComparison;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.CrossFigures;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A 决算 compared with the published 部门预算 named by {@code audit --budget}: the cross-filing rule's checks, or,
 * when the two cannot be paired (the budget file unreadable, not a 部门预算, of another department or year), one
 * NOT_APPLICABLE check saying why. Never a comparison of filings that are not a pair.
 */
final class BudgetCrossCheck {

    /** Check argument: why the filings were not compared (a {@link Unpaired} name); wording in JS011.ftl. */
    static final String ARG_UNPAIRED = "unpaired";
    static final String ARG_BUDGET_ERROR = "budgetError";
    static final String ARG_BUDGET_KIND = "budgetKind";
    static final String ARG_BUDGET_DEPARTMENT = "budgetDepartment";
    static final String ARG_FINAL_DEPARTMENT = "finalDepartment";
    static final String ARG_BUDGET_YEAR = "budgetYear";
    static final String ARG_FINAL_YEAR = "finalYear";

    /** Why a 决算 and the given budget file were not compared. */
    enum Unpaired {
        UNREADABLE, NOT_BUDGET, NO_DEPARTMENT, OTHER_DEPARTMENT, NO_YEAR, OTHER_YEAR, NO_FIGURES
    }

    private BudgetCrossCheck() {
    }

    /** The comparison of {@code finalAccounts} with {@code budget} by {@code rule}. */
    static BudgetComparison compare(CrossFilingRule rule, String subject, BudgetFiling finalAccounts,
                                    PublishedBudget budget) {
        String label = label(budget, finalAccounts);
        if (!budget.readable()) {
            return new BudgetComparison(new AuditReport.SourceInfo(label, null, null, null), null, null, null,
                    BudgetComparison.Status.UNREADABLE,
                    List.of(unpaired(rule, subject, label, Unpaired.UNREADABLE, Map.of(ARG_BUDGET_ERROR,
                            budget.error()))));
        }
        BudgetFiling b = budget.filing();
        SourceDocument doc = b.document();
        AuditReport.SourceInfo source = new AuditReport.SourceInfo(label, doc.sha256(), doc.format(), doc.encoding());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(ARG_BUDGET_KIND, b.documentKind().name());
        put(args, ARG_BUDGET_DEPARTMENT, b.department());
        put(args, ARG_FINAL_DEPARTMENT, finalAccounts.department());
        put(args, ARG_BUDGET_YEAR, b.year() == null ? null : String.valueOf(b.year()));
        put(args, ARG_FINAL_YEAR, finalAccounts.year() == null ? null : String.valueOf(finalAccounts.year()));
        Unpaired why = guard(b, finalAccounts);
        if (why != null) {
            return new BudgetComparison(source, b.department(), b.year(), b.documentKind().name(),
                    BudgetComparison.Status.NOT_PAIRED, List.of(unpaired(rule, subject, label, why, args)));
        }
        List<Check> checks = rule.compare(relabel(rule.figures(b), label), rule.figures(finalAccounts));
        if (checks.isEmpty()) {
            checks = List.of(unpaired(rule, subject, label, Unpaired.NO_FIGURES, args));
        }
        return new BudgetComparison(source, b.department(), b.year(), b.documentKind().name(),
                BudgetComparison.Status.COMPARED, checks);
    }

    /** Why the two may not be compared, or null when they are a pair (a 预算 of the 决算's department and year). */
    private static Unpaired guard(BudgetFiling budget, BudgetFiling finalAccounts) {
        if (budget.documentKind() != DocumentKind.BUDGET) {
            return Unpaired.NOT_BUDGET;
        }
        String b = CrossFigures.departmentKey(budget.department());
        String f = CrossFigures.departmentKey(finalAccounts.department());
        if (b == null || f == null) {
            return Unpaired.NO_DEPARTMENT;
        }
        if (!b.equals(f)) {
            return Unpaired.OTHER_DEPARTMENT;
        }
        if (budget.year() == null || finalAccounts.year() == null) {
            return Unpaired.NO_YEAR;
        }
        return budget.year().equals(finalAccounts.year()) ? null : Unpaired.OTHER_YEAR;
    }

    private static Check unpaired(CrossFilingRule rule, String subject, String label, Unpaired why,
                                  Map<String, Object> more) {
        Map<String, Object> args = new LinkedHashMap<>(more);
        args.put(CrossFilingRule.ARG_BUDGET_FILE, label);
        args.put(ARG_UNPAIRED, why.name());
        return new Check(rule.id(), Outcome.NOT_APPLICABLE, subject, null, null, null, null, rule.id(), args,
                List.of());
    }

    private static void put(Map<String, Object> args, String key, String value) {
        if (value != null) {
            args.put(key, value);
        }
    }

    /**
     * The name the budget file goes by in the 决算's report: its file name, or the path as given when the 决算 (or
     * one of its files) has the same name, so that evidence from the two files is never mixed up.
     */
    static String label(PublishedBudget budget, BudgetFiling finalAccounts) {
        String name = budget.fileName();
        SourceDocument doc = finalAccounts.document();
        boolean clash = name.equals(doc.fileName())
                || doc.files().stream().anyMatch(p -> name.equals(p.fileName()));
        return clash ? budget.path().toString() : name;
    }

    /** The budget's figures, named and cited under {@code label}. */
    private static CrossFigures relabel(CrossFigures figures, String label) {
        List<CrossFigures.Figure> out = new ArrayList<>();
        for (CrossFigures.Figure f : figures.figures()) {
            Provenance p = f.source();
            Provenance q = p == null || Objects.equals(p.file(), label) ? p
                    : new Provenance(label, p.line(), p.page(), p.table(), p.row(), p.cell(), p.text());
            out.add(new CrossFigures.Figure(f.key(), f.path(), f.name(), f.value(), f.measure(), f.uncertainty(), q));
        }
        return new CrossFigures(label, figures.department(), figures.year(), figures.documentKind(), out);
    }
}
