package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table drawn with rules: column boundaries are the x positions of its vertical rules, row boundaries the y
 * positions of its horizontal rules. Where a boundary is not drawn across a grid cell, the cells either side are
 * one merged cell; its text goes to the merged cell's top-left grid cell and the others stay empty, so every row
 * has the same number of TAB-separated cells. Text wrapped onto several lines inside a cell is rejoined.
 */
final class RuledGrid {

    private static final double EDGE = 2.0;

    private final List<Double> xs;
    private final List<Double> ys;
    private final List<Ruling> verticals;
    private final List<Ruling> horizontals;
    private final int[] parent;

    RuledGrid(List<Ruling> verticals, List<Ruling> horizontals) {
        this(verticals, horizontals, distinct(verticals.stream().map(Ruling::position).toList()));
    }

    private RuledGrid(List<Ruling> verticals, List<Ruling> horizontals, List<Double> xs) {
        this.verticals = verticals;
        this.horizontals = horizontals;
        this.xs = xs;
        this.ys = distinct(horizontals.stream().map(Ruling::position).toList());
        this.parent = new int[Math.max(0, (ys.size() - 1) * (xs.size() - 1))];
        mergeCells();
    }

    List<Double> columnBounds() {
        return xs;
    }

    /**
     * The same table with the column boundaries of the table it continues (from the previous page), when its own
     * boundaries are a subset of those: a continuation page holding only a "合计" row draws fewer vertical rules,
     * but its cells must line up with the columns above.
     */
    RuledGrid alignedTo(List<Double> previousBounds) {
        if (previousBounds.size() <= xs.size()
                || Math.abs(previousBounds.getFirst() - xs.getFirst()) > EDGE
                || Math.abs(previousBounds.getLast() - xs.getLast()) > EDGE) {
            return this;
        }
        for (double x : xs) {
            if (previousBounds.stream().noneMatch(p -> Math.abs(p - x) <= EDGE)) {
                return this;
            }
        }
        return new RuledGrid(verticals, horizontals, previousBounds);
    }

    int columns() {
        return xs.size() - 1;
    }

    double top() {
        return ys.getFirst();
    }

    double bottom() {
        return ys.getLast();
    }

    double left() {
        return xs.getFirst();
    }

    double right() {
        return xs.getLast();
    }

    boolean contains(Glyph g) {
        return g.centerX() >= left() - EDGE && g.centerX() <= right() + EDGE
                && g.middleY() >= top() - EDGE && g.middleY() <= bottom() + EDGE;
    }

    /** The table's rows as cell texts (empty rows dropped), each with the top y of its band. */
    List<GridRow> rows(List<Glyph> glyphs) {
        int bands = ys.size() - 1;
        int cols = columns();
        List<List<Glyph>> cellGlyphs = new ArrayList<>();
        for (int i = 0; i < bands * cols; i++) {
            cellGlyphs.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            int band = index(ys, g.middleY());
            int col = index(xs, g.centerX());
            cellGlyphs.get(find(band * cols + col)).add(g);
        }
        List<GridRow> rows = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < cols; c++) {
                int id = b * cols + c;
                String text = find(id) == id ? cellText(cellGlyphs.get(id)) : "";
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                rows.add(new GridRow(ys.get(b), cells));
            }
        }
        return rows;
    }

    record GridRow(double top, List<String> cells) {
    }

    /** Lines of a cell top to bottom, joined without a separator (Chinese text wraps between characters). */
    private static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (TextRow row : TextRow.build(glyphs)) {
            sb.append(TextRow.text(row.glyphs()));
        }
        return sb.toString().strip();
    }

    private void mergeCells() {
        int bands = ys.size() - 1;
        int cols = columns();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int b = 0; b < bands; b++) {
            double midY = (ys.get(b) + ys.get(b + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                double midX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c > 0 && !ruled(verticals, xs.get(c), midY)) {
                    union(b * cols + c - 1, b * cols + c);
                }
                if (b > 0 && !ruled(horizontals, ys.get(b), midX)) {
                    union((b - 1) * cols + c, b * cols + c);
                }
            }
        }
    }

    private static boolean ruled(List<Ruling> rules, double position, double along) {
        for (Ruling r : rules) {
            if (Math.abs(r.position() - position) <= EDGE && r.spans(along)) {
                return true;
            }
        }
        return false;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Keeps the smaller id (the top-left cell) as the root, so a merged cell's text lands in its first cell. */
    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (ra < rb) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
    }

    private static int index(List<Double> bounds, double v) {
        for (int i = 1; i < bounds.size() - 1; i++) {
            if (v < bounds.get(i)) {
                return i - 1;
            }
        }
        return bounds.size() - 2;
    }

    private static List<Double> distinct(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        List<Double> out = new ArrayList<>();
        for (double v : sorted) {
            if (out.isEmpty() || v - out.getLast() > EDGE) {
                out.add(v);
            }
        }
        return out;
    }
}
