package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one page's glyphs and rules into lines in reading order: rows of ruled tables (cells from the rules),
 * rows of unruled tables (cells from vertically aligned text columns), and prose lines. Page numbers in the top
 * and bottom margins are dropped.
 */
final class PageLayout {

    /** Blank space wider than this (in ems) separates cells of an unruled row. */
    private static final double CELL_GAP_EM = 1.5;
    /** Blank space wider than this (in ems) splits a prose row into separate lines ("编制部门：…    单位：元"). */
    private static final double FIELD_GAP_EM = 3.0;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–_~·\\s]*\\d{1,4}[-—–_~·\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");
    private static final Pattern UNIT_NOTE = Pattern.compile("^(?:金额)?单位[:：]");

    private PageLayout() {
    }

    /** A page's lines and the column boundaries of its last ruled table (empty when it has none). */
    record Result(List<LayoutLine> lines, List<Double> lastTableColumns) {
    }

    static Result lines(PageContent page, List<Double> previousTableColumns) {
        List<RuledGrid> grids = new ArrayList<>(RulingGroups.tables(page.rulings()));
        grids.sort(Comparator.comparingDouble(RuledGrid::top));
        if (!grids.isEmpty() && !previousTableColumns.isEmpty()) {
            grids.set(0, grids.getFirst().alignedTo(previousTableColumns));
        }
        List<List<Glyph>> inGrid = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            inGrid.add(new ArrayList<>());
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            int owner = -1;
            for (int i = 0; i < grids.size() && owner < 0; i++) {
                if (grids.get(i).contains(g)) {
                    owner = i;
                }
            }
            if (owner >= 0) {
                inGrid.get(owner).add(g);
            } else {
                free.add(g);
            }
        }
        List<LayoutLine> out = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            RuledGrid grid = grids.get(i);
            for (RuledGrid.GridRow row : grid.rows(inGrid.get(i))) {
                out.add(new LayoutLine(page.pageNumber(), row.top(), grid.left(), grid.right(), 0, row.cells(), i));
            }
        }
        out.addAll(freeLines(page, free, grids.size()));
        out.sort(Comparator.comparingDouble(LayoutLine::top).thenComparingDouble(LayoutLine::left));
        List<Double> lastColumns = grids.isEmpty() ? List.of() : grids.getLast().columnBounds();
        return new Result(out, lastColumns);
    }

    private static List<LayoutLine> freeLines(PageContent page, List<Glyph> glyphs, int firstTableId) {
        List<TextRow> rows = TextRow.build(glyphs);
        List<LayoutLine> out = new ArrayList<>();
        int tableId = firstTableId;
        int i = 0;
        while (i < rows.size()) {
            int end = i;
            while (end < rows.size() && isCellRow(rows.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                out.addAll(UnruledTable.lines(page.pageNumber(), rows.subList(i, end), CELL_GAP_EM, tableId++));
                i = end;
                continue;
            }
            TextRow row = rows.get(i++);
            if (isPageFurniture(page, row)) {
                continue;
            }
            for (List<Glyph> field : row.segments(FIELD_GAP_EM)) {
                String text = TextRow.text(field);
                if (!text.isEmpty()) {
                    out.add(new LayoutLine(page.pageNumber(), row.baseline() - row.size(), field.getFirst().x(),
                            field.getLast().right(), row.size(), List.of(text), -1));
                }
            }
        }
        return out;
    }

    /** An unruled table row: two or more cells separated by wide blank space, and not a "单位：元" caption line. */
    private static boolean isCellRow(TextRow row) {
        List<List<Glyph>> cells = row.segments(CELL_GAP_EM);
        if (cells.size() < 2) {
            return false;
        }
        for (List<Glyph> cell : cells) {
            String text = TextRow.text(cell);
            if (UNIT_NOTE.matcher(text).find() || text.matches("^[.…·]{3,}.*|.*[.…·]{3,}$")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPageFurniture(PageContent page, TextRow row) {
        double y = row.baseline();
        boolean margin = y < page.height() * 0.10 || y > page.height() * 0.88;
        return margin && PAGE_NUMBER.matcher(TextRow.text(row.glyphs()).strip()).matches();
    }
}
