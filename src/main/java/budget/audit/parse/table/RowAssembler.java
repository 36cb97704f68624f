package budget.audit.parse.table;

import budget.audit.model.Amount;
import budget.audit.model.Provenance;
import budget.audit.model.SourceLine;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns the data lines of one table side into rows: rebuilds codes split over 类/款/项 columns, rejoins names
 * wrapped onto a second line (with the figures on either line) and binds each figure to its amount column.
 */
final class RowAssembler {

    private final ColumnLayout.Side side;
    private final Unit unit;
    private final String file;
    private final String tableRef;
    private final boolean coded;

    RowAssembler(ColumnLayout.Side side, Unit unit, String file, String tableRef) {
        this.side = side;
        this.unit = unit;
        this.file = file;
        this.tableRef = tableRef;
        this.coded = side.codeColumn() >= 0 || !side.splitCodeColumns().isEmpty();
    }

    /** A row under construction. */
    private static final class Draft {
        String code = "";
        String name = "";
        Amount[] values;
        String[] refs;
        final List<SourceLine> lines = new ArrayList<>();

        boolean hasValues() {
            return Arrays.stream(values).anyMatch(v -> v != null);
        }
    }

    List<TableRow> rows(List<SourceLine> body) {
        List<Draft> drafts = new ArrayList<>();
        String[] splitCode = new String[4];
        for (SourceLine line : body) {
            List<String> cells = Cells.split(line.text());
            if (!touchesSide(cells)) {
                continue;
            }
            Draft d = read(line, cells, splitCode);
            Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean bare = !Cells.hasTab(line.text());
            if (prev != null && (coded || bare) && isFragmentOf(d, prev)) {
                prev.name = Cells.joinWrapped(prev.name, d.name);
                if (!prev.hasValues() && d.hasValues()) {
                    prev.values = d.values;
                    prev.refs = d.refs;
                }
                prev.lines.add(line);
                continue;
            }
            drafts.add(d);
        }
        List<TableRow> rows = new ArrayList<>();
        for (Draft d : drafts) {
            rows.add(toRow(rows.size(), d));
        }
        return rows;
    }

    private boolean touchesSide(List<String> cells) {
        if (cells.size() == 1) {
            return true; // a bare fragment line
        }
        int from = firstColumn();
        int to = lastColumn();
        for (int c = from; c <= to; c++) {
            if (!Cells.cell(cells, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private int firstColumn() {
        int m = Integer.MAX_VALUE;
        if (side.nameColumn() >= 0) {
            m = Math.min(m, side.nameColumn());
        }
        if (side.codeColumn() >= 0) {
            m = Math.min(m, side.codeColumn());
        }
        for (int c : side.splitCodeColumns().values()) {
            m = Math.min(m, c);
        }
        for (int c : side.amountColumns()) {
            m = Math.min(m, c);
        }
        return m == Integer.MAX_VALUE ? 0 : m;
    }

    private int lastColumn() {
        int m = Math.max(side.nameColumn(), side.codeColumn());
        for (int c : side.splitCodeColumns().values()) {
            m = Math.max(m, c);
        }
        for (int c : side.amountColumns()) {
            m = Math.max(m, c);
        }
        return m;
    }

    private Draft read(SourceLine line, List<String> cells, String[] splitCode) {
        Draft d = new Draft();
        d.lines.add(line);
        int n = side.amountColumns().size();
        d.values = new Amount[n];
        d.refs = new String[n];
        if (cells.size() == 1 && !Cells.hasTab(line.text())) {
            d.name = Cells.joinCjk(cells.get(0)); // a wrapped name's tail on its own line
            return d;
        }
        String textInCode = "";
        if (side.codeColumn() >= 0) {
            String c = Cells.cell(cells, side.codeColumn());
            String[] cn = Cells.codeAndName(c);
            if (Cells.isCode(c)) {
                d.code = Cells.code(c);
            } else if (cn != null) {
                d.code = cn[0];
                textInCode = cn[1];
            } else if (!Cells.isNumber(c)) {
                textInCode = c;
            }
        }
        for (Map.Entry<Integer, Integer> e : side.splitCodeColumns().entrySet()) {
            int level = e.getKey();
            String c = Cells.cell(cells, e.getValue());
            if (Cells.isSplitCodePart(c)) {
                String parent = level == 1 ? "" : splitCode[level - 1];
                splitCode[level] = (parent == null ? "" : parent) + c;
                for (int k = level + 1; k < splitCode.length; k++) {
                    splitCode[k] = null;
                }
                d.code = splitCode[level];
            } else if (!c.isEmpty() && textInCode.isEmpty()) {
                textInCode = c;
            }
        }
        String name = side.nameColumn() >= 0 ? Cells.cell(cells, side.nameColumn()) : "";
        if (d.code.isEmpty() && side.codeColumn() < 0 && side.splitCodeColumns().isEmpty()) {
            String[] cn = Cells.codeAndName(name);
            if (cn != null) {
                d.code = cn[0];
                name = cn[1];
            }
        }
        if (name.isEmpty() && textInCode.isEmpty()) {
            // a row named in a text column before the name column (采购品目大类 "货物", 预算单位 "…局（本级）")
            for (int c : side.textColumns()) {
                if (c < side.nameColumn() && !Cells.cell(cells, c).isEmpty() && !Cells.isNumber(Cells.cell(cells, c))) {
                    name = Cells.cell(cells, c);
                    break;
                }
            }
        }
        d.name = Cells.joinCjk(name.isEmpty() ? textInCode : name);
        for (int k = 0; k < n; k++) {
            int col = side.amountColumns().get(k);
            d.values[k] = Cells.amount(Cells.cell(cells, col), unit);
            if (col < line.cellRefs().size()) {
                d.refs[k] = line.cellRefs().get(col);
            }
        }
        return d;
    }

    /** The tail of a wrapped name: no code, not a total, and one of the two lines carries no figures. */
    private static boolean isFragmentOf(Draft d, Draft prev) {
        if (!d.code.isEmpty() || d.name.isEmpty() || prev.code.isEmpty() && prev.name.isEmpty()) {
            return false;
        }
        String plain = d.name.replace(" ", "");
        if (plain.contains("合计") || plain.contains("总计") || plain.contains("小计")) {
            return false;
        }
        return !d.hasValues() || !prev.hasValues();
    }

    private TableRow toRow(int index, Draft d) {
        SourceLine first = d.lines.get(0);
        StringBuilder original = new StringBuilder();
        for (SourceLine l : d.lines) {
            if (!original.isEmpty()) {
                original.append('\n');
            }
            original.append(l.original() == null ? l.text() : l.original());
        }
        String key = (d.code + " " + d.name).trim();
        String cell = first.cellRefs().isEmpty() ? null : first.cellRefs().get(0);
        Provenance p = new Provenance(file, first.number(), first.page(), tableRef, key.isEmpty() ? "第" + (index + 1) + "行" : key,
                cell, original.toString());
        return new TableRow(index, d.code, d.name, Arrays.asList(d.values), p, Arrays.asList(d.refs));
    }
}
