package budget.audit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A standard budget table as read from the filing.
 *
 * <p>A two-sided table (收支总表: 收入 on the left, 支出 on the right) is read as two BudgetTables with the same
 * label and printed title plus a suffix "（收入）" / "（支出）"; {@link #part()} says which side it is.
 *
 * @param label         the attachment label as printed ("附件3", "表4"), or "" when the title carries none
 * @param title         the title as printed (a subtitle line such as "(部门预算支出经济分类科目)" appended)
 * @param kind          the table kind recognized from title and header
 * @param unit          the table's 单位 (tables may differ from the prose)
 * @param columns       names of the amount columns bound by meaning (合计, 基本支出, 项目支出, 人员经费, 公用经费 ...)
 * @param rows          data rows
 * @param empty         true when the table has no figures
 * @param note          the table's note (注：… / 空表说明), or null
 * @param source        where the title was read
 * @param part          which side of a two-sided table this is, {@link Part#WHOLE} otherwise
 * @param columnHeaders the printed header of each amount column, header rows joined by "/" ("2023年基本支出/日常公用经费")
 */
public record BudgetTable(String label, String title, TableKind kind, Unit unit, List<String> columns,
                          List<TableRow> rows, boolean empty, String note, Provenance source, Part part,
                          List<String> columnHeaders) {

    /** Side of a two-sided table. */
    public enum Part {
        WHOLE(""), INCOME("收入"), EXPENDITURE("支出");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String TOTAL = "合计";

    public BudgetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        part = part == null ? Part.WHOLE : part;
        columnHeaders = columnHeaders == null ? columns : List.copyOf(columnHeaders);
    }

    /** The original shape (one-sided table, printed headers = column names). */
    public BudgetTable(String label, String title, TableKind kind, Unit unit, List<String> columns,
                       List<TableRow> rows, boolean empty, String note, Provenance source) {
        this(label, title, kind, unit, columns, rows, empty, note, source, Part.WHOLE, columns);
    }

    /** Index of the amount column with this name, or -1. */
    public int column(String name) {
        return columns.indexOf(name);
    }

    /** Index of the 合计 column; the only column of a one-column table; else -1. */
    public int totalColumn() {
        int i = column(TOTAL);
        return i >= 0 ? i : columns.size() == 1 ? 0 : -1;
    }

    /** Last printed header of an amount column ("日常公用经费"), what a reader sees above the figure. */
    public String columnLabel(int column) {
        String h = columnHeaders.get(column);
        int slash = h.lastIndexOf('/');
        return slash < 0 ? h : h.substring(slash + 1);
    }

    /** "附件3 2023年…基本支出预算表" — how a finding names the table. */
    public String reference() {
        return label.isEmpty() ? title : label + " " + title;
    }

    /** The value of a row in the named column, or null (no such column or blank cell). */
    public Amount value(TableRow row, String columnName) {
        int c = column(columnName);
        return c < 0 ? null : row.value(c);
    }

    /** The 合计/总计 row (also 收入合计, 支出总计 ...), the first one when several. */
    public Optional<TableRow> totalRow() {
        return rows.stream().filter(TableRow::isTotal).findFirst();
    }

    /** The row with this classification code. */
    public Optional<TableRow> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Rows at a hierarchy level (1 = 类, 2 = 款, 3 = 项), in order. */
    public List<TableRow> rowsAtLevel(int level) {
        return rows.stream().filter(r -> r.level() == level).toList();
    }

    /** Direct children of a coded row: rows one level down whose code starts with the row's code. */
    public List<TableRow> children(TableRow parent) {
        List<TableRow> out = new ArrayList<>();
        if (parent.code().isEmpty()) {
            return out;
        }
        for (TableRow r : rows) {
            if (r.level() == parent.level() + 1 && r.code().startsWith(parent.code())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The parent (one level up, code prefix) of a coded row. */
    public Optional<TableRow> parent(TableRow child) {
        if (child.level() <= 1) {
            return Optional.empty();
        }
        return rows.stream()
                .filter(r -> r.level() == child.level() - 1 && !r.code().isEmpty() && child.code().startsWith(r.code()))
                .findFirst();
    }

    /** True when any row carries a classification code. */
    public boolean hasCodes() {
        return rows.stream().anyMatch(r -> !r.code().isEmpty());
    }

    /**
     * How a finding names one amount cell: the XLSX reference when the input had one, then the printed column
     * header ("D7 日常公用经费", "基本支出"); the bound column name when two columns print the same header.
     */
    public String cellName(TableRow row, int column) {
        String label = columnLabel(column);
        long same = java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columnLabel(i).equals(label)).count();
        String name = same > 1 ? columns.get(column) : label;
        String ref = row.valueRef(column);
        return ref != null ? ref + " " + name : name;
    }

    /** Where one amount cell was read: the row's provenance naming this table, the row and the cell. */
    public Provenance cellSource(TableRow row, int column) {
        Provenance src = row.source();
        return new Provenance(src.file(), src.line(), src.page(), reference(), row.source().row() == null
                ? row.key() : row.source().row(), cellName(row, column), src.text());
    }
}
