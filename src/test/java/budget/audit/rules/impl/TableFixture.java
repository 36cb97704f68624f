package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FilingKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.parse.table.TableFacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-made tables for the table rules: rows are "code|name|v1|v2…" ("-" = blank cell), lines numbered from the
 * table's first line on.
 */
final class TableFixture {

    static final String FILE = "tables.txt";

    private TableFixture() {
    }

    static BudgetTable table(String label, String title, TableKind kind, Unit unit, List<String> columns,
                             int firstLine, String... rows) {
        return table(label, title, kind, unit, columns, BudgetTable.Part.WHOLE, firstLine, rows);
    }

    static BudgetTable table(String label, String title, TableKind kind, Unit unit, List<String> columns,
                             BudgetTable.Part part, int firstLine, String... rows) {
        String ref = label.isEmpty() ? title : label + " " + title;
        List<TableRow> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split("\\|", -1);
            List<Amount> values = new ArrayList<>();
            for (String v : Arrays.asList(f).subList(2, f.length)) {
                values.add(v.equals("-") ? null : Amount.of(v, unit));
            }
            String key = (f[0] + " " + f[1]).trim();
            out.add(new TableRow(i, f[0], f[1], values,
                    new Provenance(FILE, firstLine + 1 + i, null, ref, key, null, rows[i].replace('|', '\t'))));
        }
        return new BudgetTable(label, title, kind, unit, columns, out, false, null,
                new Provenance(FILE, firstLine, null, ref, null, null, title), part, columns);
    }

    /** A filing of these tables (their facts included) plus the given prose facts. */
    static BudgetFiling filing(List<BudgetTable> tables, List<Fact> prose) {
        List<Fact> facts = new ArrayList<>(prose);
        facts.addAll(TableFacts.from(tables, FILE));
        return new BudgetFiling(new SourceDocument(FILE, "0".repeat(64), "text", "UTF-8", List.of()), "测试部门",
                2025, FilingKind.DEPARTMENT, facts, tables, List.of());
    }

    static Fact prose(String key, String label, String printed, Unit unit, int line) {
        return Fact.prose(key, label, Amount.of(printed, unit), Provenance.ofLine(FILE, line, label + printed));
    }
}
