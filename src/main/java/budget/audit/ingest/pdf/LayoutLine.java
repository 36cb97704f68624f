package budget.audit.ingest.pdf;

import java.util.List;

/**
 * A line of a page after layout: a prose line (one string) or a table row (cells).
 *
 * @param page  1-based page number
 * @param top   top y of the line (baseline minus its size for prose, band top for ruled rows)
 * @param left  x of its first visible glyph
 * @param right x where its last glyph ends
 * @param size  font size
 * @param cells one cell for prose; the row's cells for a table row
 * @param table id of the table on this page for table rows (-1 for prose)
 */
record LayoutLine(int page, double top, double left, double right, double size, List<String> cells, int table) {

    boolean isTableRow() {
        return table >= 0;
    }

    String text() {
        return isTableRow() ? String.join("\t", cells) : cells.getFirst();
    }
}
