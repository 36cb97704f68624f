package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.parse.table.TableKindClassifier;
import budget.audit.parse.table.TableListing;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * WZ011: a filing that publishes its tables carries the whole standard table set of its format
 * ({@link StandardTableSet}). Applies only when the filing carries at least {@value #MIN_STANDARD_KINDS} kinds of
 * standard table (prose-only filings publish their tables separately). A missing table the document's own list
 * names is left to WZ010, which already reports it: here it is one NOT_APPLICABLE check saying so (never a PASS:
 * the set is not complete), and the rule passes only when nothing is missing.
 */
public final class Wz011StandardTables implements Rule {

    public static final String ID = "WZ011";

    static final String ARG_FORMAT = "format";
    static final String ARG_COUNT = "count";
    static final String ARG_LEFT_TO_WZ010 = "leftToListCheck";
    /** Arg of the NOT_APPLICABLE check of a missing table the filing's list names: the rule that reports it. */
    static final String ARG_REPORTED_BY = "reportedBy";

    /** Fewer kinds of standard table than this: the filing does not publish its tables itself. */
    static final int MIN_STANDARD_KINDS = 3;

    /** Longer lines are sentences, not table titles. */
    static final int MAX_TITLE_LENGTH = 60;

    private static final String SUBJECT = "标准预算表";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        if (Halves.tablesElsewhere(filing, ID, SUBJECT, context)) {
            return;
        }
        List<BudgetTable> tables = filing.tables();
        Set<TableKind> present = EnumSet.noneOf(TableKind.class);
        tables.stream().map(BudgetTable::kind).filter(StandardTableSet::isStandard).forEach(present::add);
        if (present.size() < MIN_STANDARD_KINDS) {
            context.report(Checks.notApplicable(ID, SUBJECT, "三类以上的标准预算表（表格可能另行公开）", List.of()));
            return;
        }
        StandardTableSet set = StandardTableSet.forTables(tables);
        Set<TableKind> listed = listedKinds(filing);
        List<Provenance> evidence = firstTitle(tables);
        int fails = 0;
        List<String> leftToListCheck = new ArrayList<>();
        for (StandardTableSet.Table expected : set.tables()) {
            if (present.contains(expected.kind())) {
                continue;
            }
            if (listed.contains(expected.kind())) {
                leftToListCheck.add(expected.name());
                context.report(new Check(ID, Outcome.NOT_APPLICABLE, expected.name(), null, null, null, null, ID,
                        Checks.args(ARG_FORMAT, set.name(), ARG_REPORTED_BY, Wz010ListedItemsPresent.ID), evidence));
                continue;
            }
            SourceLine printed = printedTitle(filing, expected.kind());
            if (printed != null) {
                // its title is printed (a list entry or a title the table reader did not take): not absent
                context.report(Checks.insufficient(ID, expected.name(),
                        "文件中印有该类表格的标题（第" + printed.number() + "行），但未能读取该表，无法确认是否缺少该表",
                        List.of()));
                continue;
            }
            String unsure = unsureReading(tables);
            if (unsure != null) {
                // fail closed: the table may be there under a reading the tool got wrong
                context.report(Checks.insufficient(ID, expected.name(), unsure + "，无法确认是否缺少该表",
                        List.of()));
                continue;
            }
            fails++;
            context.report(new Check(ID, Outcome.FAIL, expected.name(), null, null, null, null, ID,
                    Checks.args(ARG_FORMAT, set.name(), ARG_COUNT, set.tables().size()), evidence));
        }
        if (fails == 0 && leftToListCheck.isEmpty()) {
            context.report(new Check(ID, Outcome.PASS, SUBJECT, null, null, null, null, ID,
                    Checks.args(ARG_FORMAT, set.name(), ARG_COUNT, set.tables().size()), List.of()));
        }
    }

    /** A short text line (not a sentence, not a table row) naming a table of this kind, or null. */
    static SourceLine printedTitle(BudgetFiling filing, TableKind kind) {
        for (SourceLine l : filing.document().lines()) {
            String t = l.text();
            if (t == null || t.indexOf('\t') >= 0) {
                continue;
            }
            t = t.replaceAll("\\s+", "");
            if (t.length() < 4 || t.length() > MAX_TITLE_LENGTH || t.indexOf('。') >= 0 || t.indexOf('，') >= 0) {
                continue;
            }
            if (TableKindClassifier.classify(t, "") == kind) {
                return l;
            }
        }
        return null;
    }

    /**
     * Why the tables' kinds cannot be trusted to prove a table absent, or null: a table whose kind was not
     * recognized (it may be the missing one), or one standard kind given to tables of different titles (one of
     * them is misread; the missing one may be among them).
     */
    static String unsureReading(List<BudgetTable> tables) {
        List<String> unknown = tables.stream().filter(t -> t.kind() == TableKind.OTHER)
                .map(t -> baseTitle(t)).distinct().toList();
        if (!unknown.isEmpty()) {
            return "文件中有未能识别类型的表格（" + String.join("、", unknown) + "）";
        }
        java.util.Map<TableKind, java.util.Set<String>> titles = new java.util.EnumMap<>(TableKind.class);
        for (BudgetTable t : tables) {
            if (StandardTableSet.isStandard(t.kind())) {
                titles.computeIfAbsent(t.kind(), k -> new java.util.TreeSet<>()).add(baseTitle(t));
            }
        }
        for (var e : titles.entrySet()) {
            if (e.getValue().size() > 1) {
                return "表格" + String.join("、", e.getValue()) + "被识别为同一类表格，其中有误读";
            }
        }
        return null;
    }

    /** The table's label and title without the side of a two-sided table ("（收入）"). */
    private static String baseTitle(BudgetTable t) {
        String title = t.title() == null ? "" : t.title().replaceAll("\\s+", "");
        title = title.replaceAll("[（(](收入|支出)[）)]$", "");
        String label = t.label() == null ? "" : t.label().replaceAll("\\s+", "");
        return label.isEmpty() ? title : label + " " + title;
    }

    /** Kinds of the tables the document's own 目录/附表 list names (WZ010 reports those that are absent). */
    private static Set<TableKind> listedKinds(BudgetFiling filing) {
        int first = filing.tables().stream().filter(t -> t.source() != null)
                .mapToInt(t -> t.source().line()).min().orElse(0);
        Set<TableKind> out = EnumSet.noneOf(TableKind.class);
        for (TableListing.Entry e : TableListing.listed(filing.document(), first)) {
            out.add(TableKindClassifier.classify(e.title(), ""));
        }
        return out;
    }

    /** Where the filing's first table title was read. */
    private static List<Provenance> firstTitle(List<BudgetTable> tables) {
        return tables.stream().filter(t -> t.source() != null)
                .min(Comparator.comparingInt(t -> t.source().line()))
                .map(t -> List.of(t.source())).orElse(List.of());
    }
}
