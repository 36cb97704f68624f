package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs sharing one baseline, left to right, without overprinted duplicates (fake bold). */
final class TextRow {

    private final List<Glyph> glyphs = new ArrayList<>();
    private double baseline;
    private double size;

    TextRow(Glyph first) {
        glyphs.add(first);
        baseline = first.baseline();
        size = first.size();
    }

    boolean accepts(Glyph g) {
        return Math.abs(g.baseline() - baseline) <= Math.max(size, g.size()) * 0.3;
    }

    void add(Glyph g) {
        for (Glyph other : glyphs) {
            if (other.text().equals(g.text()) && Math.abs(other.x() - g.x()) < g.size() * 0.3
                    && Math.abs(other.baseline() - g.baseline()) < g.size() * 0.3) {
                return; // the same glyph printed twice at (almost) the same place
            }
        }
        glyphs.add(g);
        size = Math.max(size, g.size());
    }

    List<Glyph> glyphs() {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        return glyphs;
    }

    double baseline() {
        return baseline;
    }

    double size() {
        return size;
    }

    /** Clusters glyphs into rows by baseline, top to bottom. */
    static List<TextRow> build(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextRow> rows = new ArrayList<>();
        for (Glyph g : sorted) {
            TextRow target = null;
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 3; i--) {
                if (rows.get(i).accepts(g)) {
                    target = rows.get(i);
                    break;
                }
            }
            if (target == null) {
                rows.add(new TextRow(g));
            } else {
                target.add(g);
            }
        }
        return rows;
    }

    /** Splits the row where the blank space between two glyphs is wider than {@code gapEm} ems. */
    List<List<Glyph>> segments(double gapEm) {
        List<List<Glyph>> segments = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lastRight = Double.NaN;
        for (Glyph g : glyphs()) {
            if (g.isBlank()) {
                continue;
            }
            if (!current.isEmpty() && g.x() - lastRight > gapEm * g.size()) {
                segments.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            lastRight = g.right();
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    /** Text of glyphs in x order: whitespace runs (blank glyphs or gaps of 0.4 em and more) become one space. */
    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        double lastRight = Double.NaN;
        boolean pendingSpace = false;
        for (Glyph g : glyphs) {
            if (g.isBlank()) {
                pendingSpace = true;
                continue;
            }
            if (!Double.isNaN(lastRight) && g.x() - lastRight >= 0.4 * g.size()) {
                pendingSpace = true;
            }
            if (pendingSpace && !sb.isEmpty()) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(g.text());
            lastRight = g.right();
        }
        return sb.toString();
    }
}
