package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of a table drawn without rules. Columns are the x ranges covered by text in some row of the block: where no
 * row has text, there is a column boundary. Each text segment goes to the column holding its centre.
 */
final class UnruledTable {

    private UnruledTable() {
    }

    static List<LayoutLine> lines(int page, List<TextRow> rows, double gapEm, int tableId) {
        List<double[]> spans = new ArrayList<>();
        for (TextRow row : rows) {
            for (List<Glyph> seg : row.segments(gapEm)) {
                spans.add(new double[] {seg.getFirst().x(), seg.getLast().right()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] s : spans) {
            if (!columns.isEmpty() && s[0] <= columns.getLast()[1]) {
                columns.getLast()[1] = Math.max(columns.getLast()[1], s[1]);
            } else {
                columns.add(new double[] {s[0], s[1]});
            }
        }
        List<LayoutLine> out = new ArrayList<>();
        for (TextRow row : rows) {
            String[] cells = new String[columns.size()];
            java.util.Arrays.fill(cells, "");
            for (List<Glyph> seg : row.segments(gapEm)) {
                double center = (seg.getFirst().x() + seg.getLast().right()) / 2;
                int col = 0;
                for (int c = 0; c < columns.size(); c++) {
                    if (center >= columns.get(c)[0] - 0.5 && center <= columns.get(c)[1] + 0.5) {
                        col = c;
                        break;
                    }
                }
                String text = TextRow.text(seg);
                cells[col] = cells[col].isEmpty() ? text : cells[col] + " " + text;
            }
            out.add(new LayoutLine(page, row.baseline() - row.size(), columns.getFirst()[0], columns.getLast()[1],
                    row.size(), List.of(cells), tableId));
        }
        return out;
    }
}
