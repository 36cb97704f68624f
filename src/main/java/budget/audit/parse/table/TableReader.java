package budget.audit.parse.table;

import budget.audit.model.BudgetTable;
import budget.audit.model.BudgetTable.Part;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the standard budget tables of a document whose tables are TAB-separated lines (text, and what the
 * PDF/DOCX/XLSX readers emit). A two-sided table (收支总表: 收入 | 支出) becomes two BudgetTables, one per side,
 * titled "…（收入）" and "…（支出）" with {@link BudgetTable#part()} set.
 */
public final class TableReader {

    private TableReader() {
    }

    /** Reads the tables; a table without 单位 line takes the unit the prose mostly uses. */
    public static List<BudgetTable> read(SourceDocument document) {
        return read(document, proseUnit(document));
    }

    /** Reads the tables; a table without 单位 line (and no unit in its header) takes {@code defaultUnit}. */
    public static List<BudgetTable> read(SourceDocument document, Unit defaultUnit) {
        List<BudgetTable> out = new ArrayList<>();
        for (RawTable raw : new TableSlicer(document.lines()).slice()) {
            budget.audit.model.Interruption.check();
            out.addAll(build(raw, document.fileName(), defaultUnit));
        }
        return out;
    }

    /** The money unit the prose (non-table lines) uses most: 万元 or 元; 万元 when none is written. */
    public static Unit proseUnit(SourceDocument document) {
        int wan = 0;
        int yuan = 0;
        for (SourceLine l : document.lines()) {
            String t = l.text();
            if (Cells.hasTab(t)) {
                continue;
            }
            for (int i = t.indexOf('元'); i >= 0; i = t.indexOf('元', i + 1)) {
                char before = i > 0 ? t.charAt(i - 1) : ' ';
                if (before == '万') {
                    wan++;
                } else if (before != '亿' && i > 0 && (Character.isDigit(before) || before == ' ')) {
                    yuan++;
                }
            }
        }
        return yuan > wan ? Unit.YUAN : Unit.WAN_YUAN;
    }

    private static List<BudgetTable> build(RawTable raw, String file, Unit defaultUnit) {
        List<List<String>> headerCells = raw.header().stream().map(l -> Cells.split(l.text())).toList();
        List<List<String>> bodyCells = raw.body().stream()
                .filter(l -> Cells.hasTab(l.text()))
                .map(l -> Cells.split(l.text())).toList();
        Unit unit = raw.unit() != null ? raw.unit() : headerUnit(headerCells, defaultUnit);
        StringBuilder headerText = new StringBuilder();
        headerCells.forEach(r -> headerText.append(String.join(" ", r)).append(' '));
        TableKind kind = TableKindClassifier.classify(raw.title(), headerText.toString());
        ColumnLayout layout = new ColumnLayout(headerCells, bodyCells);
        Provenance titleSource = raw.titleLine().provenance(file);
        List<BudgetTable> tables = new ArrayList<>();
        boolean twoSided = layout.sides().size() > 1;
        for (ColumnLayout.Side side : layout.sides()) {
            String title = twoSided ? raw.title() + "（" + side.part().label() + "）" : raw.title();
            String ref = raw.label().isEmpty() ? title : raw.label() + " " + title;
            List<TableRow> rows = new RowAssembler(side, unit, file, ref).rows(raw.body());
            boolean empty = rows.stream().allMatch(TableRow::isBlank)
                    || raw.note() != null && TableText.isEmptyNote(raw.note()) && allZero(rows);
            Part part = twoSided ? side.part() : Part.WHOLE;
            tables.add(new BudgetTable(raw.label(), title, kind, unit, side.names(), rows, empty, raw.note(),
                    titleSource.inTable(ref, null, null), part, side.headers()));
        }
        return tables;
    }

    private static boolean allZero(List<TableRow> rows) {
        return rows.stream().flatMap(r -> r.values().stream()).allMatch(v -> v == null || v.isZero());
    }

    private static Unit headerUnit(List<List<String>> header, Unit defaultUnit) {
        for (List<String> row : header) {
            for (String c : row) {
                Unit u = TableText.headerUnit(c);
                if (u != null) {
                    return u;
                }
            }
        }
        return defaultUnit;
    }
}
