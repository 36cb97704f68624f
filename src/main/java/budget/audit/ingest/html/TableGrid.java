package budget.audit.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code <table>} laid out on its grid: a cell spanning several columns or rows puts its text in its top-left grid
 * cell and leaves the others empty (as the DOCX and PDF readers do), so each header lands over the columns it heads
 * and every row has the same number of cells. Columns empty in every row at the table's left and right edges are
 * dropped.
 */
final class TableGrid {

    /** Grid columns at most (a colspan of thousands must not blow up a row). */
    static final int MAX_COLUMNS = 200;

    /**
     * One {@code <tr>}: its 1-based position among the table's rows and its cells on the grid; {@code singleCell}
     * when one cell spans the whole row (a title or unit line inside the table).
     */
    record Row(int number, List<String> cells, boolean singleCell) {
    }

    private TableGrid() {
    }

    /** The table's own rows (not those of tables nested in its cells), in order. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    /** A cell holding this many paragraphs and this much text is an article, not a table cell. */
    private static final int ARTICLE_BLOCKS = 3;
    private static final int ARTICLE_CHARS = 300;

    /**
     * A table used for page layout, read as prose and tables inside rather than as a grid: a cell holds a table, a
     * cell holds an article (several paragraphs of long text), or no row has more than one cell.
     */
    static boolean isLayout(Element table) {
        boolean wide = false;
        for (Element tr : rows(table)) {
            int cells = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                cells++;
                if (!cell.getElementsByTag("table").isEmpty()) {
                    return true;
                }
                int blocks = cell.select("p, div, h1, h2, h3, h4, h5, h6, li, br").size();
                if (blocks >= ARTICLE_BLOCKS && cell.text().length() >= ARTICLE_CHARS) {
                    return true;
                }
            }
            wide |= cells > 1;
        }
        return !wide;
    }

    static List<Row> layout(Element table) {
        List<Element> trs = rows(table);
        List<String[]> grid = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        List<Integer> single = new ArrayList<>(); // the colspan of a row's only cell, else 0
        for (int r = 0; r < trs.size(); r++) {
            ensure(grid, taken, r);
            int col = 0;
            int cellCount = 0;
            int onlySpan = 0;
            for (Element cell : trs.get(r).children()) {
                String tag = cell.normalName();
                if (!(tag.equals("td") || tag.equals("th")) || FlowText.skipped(cell)) {
                    continue;
                }
                cellCount++;
                while (col < MAX_COLUMNS && taken.get(r)[col]) {
                    col++;
                }
                if (col >= MAX_COLUMNS) {
                    break;
                }
                int colspan = Math.min(span(cell, "colspan", 1000), MAX_COLUMNS - col);
                int rowspan = span(cell, "rowspan", 65534);
                if (rowspan == 0 || r + rowspan > trs.size()) {
                    rowspan = trs.size() - r; // rowspan="0": to the end of the table
                }
                for (int dr = 0; dr < rowspan; dr++) {
                    ensure(grid, taken, r + dr);
                    for (int dc = 0; dc < colspan; dc++) {
                        taken.get(r + dr)[col + dc] = true;
                    }
                }
                grid.get(r)[col] = FlowText.inline(cell).replace('\t', ' ');
                onlySpan = colspan;
                col += colspan;
            }
            single.add(cellCount == 1 ? onlySpan : 0);
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int r = 0; r < trs.size(); r++) {
            String[] cells = grid.get(r);
            for (int c = 0; c < MAX_COLUMNS; c++) {
                if (cells[c] != null && !cells[c].isEmpty()) {
                    first = Math.min(first, c);
                    last = Math.max(last, c);
                }
            }
        }
        List<Row> out = new ArrayList<>();
        if (last < 0) {
            return out;
        }
        for (int r = 0; r < trs.size(); r++) {
            List<String> cells = new ArrayList<>(Arrays.asList(grid.get(r)).subList(first, last + 1));
            cells.replaceAll(c -> c == null ? "" : c);
            out.add(new Row(r + 1, cells, single.get(r) >= cells.size()));
        }
        return out;
    }

    private static void ensure(List<String[]> grid, List<boolean[]> taken, int row) {
        while (grid.size() <= row) {
            grid.add(new String[MAX_COLUMNS]);
            taken.add(new boolean[MAX_COLUMNS]);
        }
    }

    private static int span(Element cell, String attribute, int max) {
        String value = cell.attr(attribute).strip();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int v = Integer.parseInt(value.replaceAll("[^0-9].*$", ""));
            return Math.min(Math.max(v, attribute.equals("rowspan") ? 0 : 1), max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
