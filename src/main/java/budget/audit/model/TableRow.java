package budget.audit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a budget table.
 *
 * @param index  0-based row index among the table's data rows
 * @param code   classification code (7-digit function code, 3/5-digit economic code), "" when none
 * @param name   row name (wrapped names rejoined)
 * @param values one entry per {@link BudgetTable#columns()} amount column; null = blank cell (never 0)
 * @param source where the row was read (line, page, table, row)
 */
public record TableRow(int index, String code, String name, List<Amount> values, Provenance source) {

    public TableRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Amount value(int column) {
        return column < values.size() ? values.get(column) : null;
    }
}
