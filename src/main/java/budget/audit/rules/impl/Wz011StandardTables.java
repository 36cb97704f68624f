package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
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
 * names is left to WZ010, which already reports it.
 */
public final class Wz011StandardTables implements Rule {

    public static final String ID = "WZ011";

    static final String ARG_FORMAT = "format";
    static final String ARG_COUNT = "count";
    static final String ARG_LEFT_TO_WZ010 = "leftToListCheck";

    /** Fewer kinds of standard table than this: the filing does not publish its tables itself. */
    static final int MIN_STANDARD_KINDS = 3;

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
                continue;
            }
            fails++;
            context.report(new Check(ID, Outcome.FAIL, expected.name(), null, null, null, null, ID,
                    Checks.args(ARG_FORMAT, set.name(), ARG_COUNT, set.tables().size()), evidence));
        }
        if (fails == 0) {
            context.report(new Check(ID, Outcome.PASS, SUBJECT, null, null, null, null, ID,
                    Checks.args(ARG_FORMAT, set.name(), ARG_COUNT, set.tables().size(), ARG_LEFT_TO_WZ010,
                            leftToListCheck.isEmpty() ? null : Checks.join(leftToListCheck)), List.of()));
        }
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
