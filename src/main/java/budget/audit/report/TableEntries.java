package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.TableRow;
import budget.audit.parse.table.TableListing;
import budget.audit.report.model.AuditReport.CellEntry;
import budget.audit.report.model.AuditReport.ListedTable;
import budget.audit.report.model.AuditReport.TableEntry;
import budget.audit.report.model.AuditReport.TableRowEntry;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tables of the report: every table read, each cell with the outcome of the checks that tested it. A check
 * tested a cell when its first evidence names that cell (table reference, row, cell as
 * {@link BudgetTable#cellSource} names it) and it has a stated value; this keeps the renderers rule-agnostic.
 */
final class TableEntries {

    private TableEntries() {
    }

    static List<TableEntry> of(List<BudgetTable> tables, List<Check> checks) {
        Map<String, List<Check>> byCell = new HashMap<>();
        for (Check c : checks) {
            if (c.stated() == null || c.evidence().isEmpty() || c.outcome() == Outcome.NOT_APPLICABLE
                    || c.outcome() == Outcome.INSUFFICIENT_DATA) {
                continue;
            }
            Provenance p = c.evidence().getFirst();
            if (p.table() != null && p.cell() != null) {
                byCell.computeIfAbsent(key(p), k -> new ArrayList<>()).add(c);
            }
        }
        return tables.stream().map(t -> entry(t, byCell)).toList();
    }

    static List<ListedTable> missing(BudgetFiling filing) {
        return TableListing.missing(filing.document(), filing.tables()).stream()
                .map(e -> new ListedTable(e.number(), e.title(), e.line())).toList();
    }

    private static TableEntry entry(BudgetTable t, Map<String, List<Check>> byCell) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            columns.add(t.columnLabel(c));
        }
        List<TableRowEntry> rows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            List<CellEntry> cells = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                Amount v = r.value(c);
                List<Check> tested = v == null ? List.of() : byCell.getOrDefault(key(t.cellSource(r, c)), List.of());
                cells.add(cell(v, tested));
            }
            rows.add(new TableRowEntry(r.code(), r.name(), r.source() == null ? null : r.source().line(), cells));
        }
        return new TableEntry(t.label(), t.title(), t.kind() == null ? null : t.kind().label(),
                t.unit() == null ? null : t.unit().symbol(), t.rows().size(), t.empty(),
                t.source() == null ? null : t.source().line(), t.note(), columns, rows);
    }

    private static CellEntry cell(Amount value, List<Check> tested) {
        String printed = value == null ? null : value.printed();
        if (tested.isEmpty()) {
            return new CellEntry(printed, null, null, null);
        }
        Check worst = tested.getFirst();
        Set<String> rules = new LinkedHashSet<>();
        for (Check c : tested) {
            rules.add(c.ruleId());
            if (c.outcome().compareTo(worst.outcome()) > 0) {
                worst = c;
            }
        }
        return new CellEntry(printed, worst.outcome().name(),
                worst.computed() == null ? null : worst.computed().toPlainString(), String.join("、", rules));
    }

    private static String key(Provenance p) {
        return Objects.toString(p.table()) + '\u0000' + Objects.toString(p.row()) + '\u0000' + p.cell();
    }
}
