package budget.audit.model;

import java.util.List;

/**
 * A standard budget table as read from the filing.
 *
 * @param label   the attachment label as printed ("附件3", "表4"), or "" when the title carries none
 * @param title   the title as printed
 * @param kind    the table kind recognized from title and header
 * @param unit    the table's 单位 (tables may differ from the prose)
 * @param columns names of the amount columns bound by meaning (合计, 基本支出, 项目支出, 人员经费, 公用经费 ...)
 * @param rows    data rows
 * @param empty   true when the table has no figures
 * @param note    the table's note (注：… / 空表说明), or null
 * @param source  where the title was read
 */
public record BudgetTable(String label, String title, TableKind kind, Unit unit, List<String> columns,
                          List<TableRow> rows, boolean empty, String note, Provenance source) {

    public BudgetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Index of the amount column with this name, or -1. */
    public int column(String name) {
        return columns.indexOf(name);
    }
}
