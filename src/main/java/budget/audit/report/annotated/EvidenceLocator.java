package budget.audit.report.annotated;

import budget.audit.ingest.pdf.GlyphBoxes;
import budget.audit.ingest.pdf.GlyphBoxes.Box;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quoted text on a page from the glyph boxes the PDF reader uses: the page's visible glyphs are put in
 * reading order (rows by baseline, left to right), both sides are folded (NFKC, no white space), and the quote is
 * looked up; when the whole quote is not on the page (a paragraph running on to the next page, a table cell written
 * on two lines), its longest leading part of at least {@link #MIN_PART} characters is marked. Nothing is guessed
 * below that: the finding then has no position.
 */
final class EvidenceLocator {

    static final int MIN_PART = 6;

    /** Where a quote sits: one rectangle per row it covers (user space {x0, y0, x1, y1}), and their union. */
    record Mark(int page, List<float[]> rows, float[] rect) {
    }

    private final PDPage page;
    private final int pageNumber;
    private final List<Box> ordered;
    private final String folded;
    /** For each char of {@link #folded}: the index into {@link #ordered} of its glyph. */
    private final int[] glyphOf;
    /** For each glyph in {@link #ordered}: its row number. */
    private final int[] rowOf;

    private EvidenceLocator(PDPage page, int pageNumber, List<Box> ordered, int[] rowOf) {
        this.page = page;
        this.pageNumber = pageNumber;
        this.ordered = ordered;
        this.rowOf = rowOf;
        StringBuilder sb = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String f = fold(ordered.get(i).text());
            for (int k = 0; k < f.length(); k++) {
                owners.add(i);
            }
            sb.append(f);
        }
        this.folded = sb.toString();
        this.glyphOf = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    static EvidenceLocator of(PDPage page, int pageNumber) throws IOException {
        List<Box> boxes = new ArrayList<>(GlyphBoxes.of(page));
        boxes.sort(Comparator.comparingDouble(Box::baseline).thenComparingDouble(Box::left));
        // rows: glyphs whose baselines lie within a third of an em of the row's first glyph
        List<List<Box>> rows = new ArrayList<>();
        for (Box b : boxes) {
            List<Box> last = rows.isEmpty() ? null : rows.getLast();
            if (last != null && Math.abs(last.getFirst().baseline() - b.baseline())
                    <= Math.max(1.0, Math.min(last.getFirst().size(), b.size()) / 3)) {
                last.add(b);
            } else {
                List<Box> row = new ArrayList<>();
                row.add(b);
                rows.add(row);
            }
        }
        List<Box> ordered = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Box> row = rows.get(r);
            row.sort(Comparator.comparingDouble(Box::left));
            for (Box b : row) {
                ordered.add(b);
                rowOf.add(r);
            }
        }
        return new EvidenceLocator(page, pageNumber, ordered, rowOf.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The place of the quote on this page, or empty when not even a leading part of it is found. */
    Optional<Mark> find(String quote) {
        String needle = fold(quote == null ? "" : quote);
        if (needle.isEmpty() || folded.isEmpty()) {
            return Optional.empty();
        }
        int at = folded.indexOf(needle);
        int length = needle.length();
        if (at < 0) {
            int lo = 0;
            int hi = needle.length() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (folded.contains(needle.substring(0, mid))) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            if (lo < Math.min(MIN_PART, needle.length())) {
                return Optional.empty();
            }
            length = lo;
            at = folded.indexOf(needle.substring(0, lo));
        }
        int first = glyphOf[at];
        int last = glyphOf[at + length - 1];
        List<float[]> rows = new ArrayList<>();
        double left = 0;
        double top = 0;
        double right = 0;
        double bottom = 0;
        int row = -1;
        for (int i = first; i <= last; i++) {
            Box b = ordered.get(i);
            if (rowOf[i] != row) {
                if (row >= 0) {
                    rows.add(GlyphBoxes.toUser(page, left, top, right, bottom));
                }
                row = rowOf[i];
                left = b.left();
                top = b.top();
                right = b.right();
                bottom = b.bottom();
            } else {
                left = Math.min(left, b.left());
                top = Math.min(top, b.top());
                right = Math.max(right, b.right());
                bottom = Math.max(bottom, b.bottom());
            }
        }
        rows.add(GlyphBoxes.toUser(page, left, top, right, bottom));
        float[] union = rows.getFirst().clone();
        for (float[] r : rows) {
            union[0] = Math.min(union[0], r[0]);
            union[1] = Math.min(union[1], r[1]);
            union[2] = Math.max(union[2], r[2]);
            union[3] = Math.max(union[3], r[3]);
        }
        return Optional.of(new Mark(pageNumber, List.copyOf(rows), union));
    }

    /** NFKC (full-width digits and punctuation to half-width), without white space. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u00a0]+", "");
    }
}
