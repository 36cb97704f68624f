package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out text that another producer already placed on pages — a PDF converted to a web page keeps each page as
 * absolutely positioned text boxes and border rules — with the PDF reader's own table and paragraph logic, so such
 * pages give the same lines as the PDF would. Box widths are not known: each character is taken as one em wide when
 * it is a CJK or full-width character, half an em otherwise.
 */
public final class PositionedLayout {

    /** Where the baseline sits below a box's top, in ems (line boxes as tall as the font). */
    private static final double BASELINE_EM = 0.88;
    private static final double SPACE_EM = 0.25;

    private PositionedLayout() {
    }

    /** A run of text whose top-left corner is at (left, top), in points from the page's top-left corner. */
    public record TextBox(String text, double left, double top, double size) {
    }

    /**
     * A straight rule: a vertical one at x = position from y = start to y = end, a horizontal one at y = position.
     */
    public record Rule(boolean vertical, double position, double start, double end) {
    }

    public record Page(double width, double height, List<TextBox> boxes, List<Rule> rules) {
    }

    /** A paragraph or TAB-separated table row, with the 1-based page it starts on. */
    public record Line(int page, String text) {
    }

    /**
     * Pages are assembled in runs of one page size: the paragraph logic learns the prose margin from the pages
     * before, and a landscape page of tables whose captions reach far right must not make the portrait pages
     * after it look short-lined (their wrapped lines would stay unjoined).
     */
    public static List<Line> lines(List<Page> pages) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= pages.size(); i++) {
            if (i == pages.size() || !sameSize(pages.get(i), pages.get(start))) {
                out.addAll(run(pages, start, i));
                start = i;
            }
        }
        return out;
    }

    private static boolean sameSize(Page a, Page b) {
        return Math.abs(a.width() - b.width()) < 1 && Math.abs(a.height() - b.height()) < 1;
    }

    private static List<Line> run(List<Page> pages, int from, int to) {
        List<List<LayoutLine>> laidOut = new ArrayList<>();
        List<Double> tableColumns = List.of();
        for (int i = from; i < to; i++) {
            Page page = pages.get(i);
            PageContent content = new PageContent(i + 1, page.width(), page.height(), glyphs(page.boxes()),
                    page.rules().stream().map(r -> new Ruling(r.vertical(), r.position(),
                            Math.min(r.start(), r.end()), Math.max(r.start(), r.end()))).toList(), 0);
            PageLayout.Result result = PageLayout.lines(content, tableColumns);
            laidOut.add(result.lines());
            tableColumns = result.lastTableColumns();
        }
        List<Line> out = new ArrayList<>();
        for (TextAssembler.Paragraph p : TextAssembler.assemble(withoutRepeatedCaptions(laidOut))) {
            out.add(new Line(p.page(), p.text()));
        }
        return out;
    }

    /** Caption lines (table number, title, "部门（单位）：…", "单位：万元") a table may repeat on each page, at most. */
    private static final int MAX_CAPTION = 6;

    /**
     * A table continued on the next page often repeats its caption block — the same lines, title to "单位：万元" —
     * above the repeated header. When a page opens with exactly the caption block of the table that ended the page
     * before, and then a row as wide as that table's last row, the block is dropped, so the table continues (its
     * repeated header rows are then dropped as on any continuation page). A row opening with the first cell of the
     * table's first row but otherwise different starts a new table of the same form (one per project, say): then
     * the caption stays.
     */
    static List<List<LayoutLine>> withoutRepeatedCaptions(List<List<LayoutLine>> pages) {
        List<List<LayoutLine>> out = new ArrayList<>();
        List<String> caption = List.of();
        List<String> firstRow = List.of();
        LayoutLine lastRow = null;
        for (List<LayoutLine> page : pages) {
            List<LayoutLine> lines = page;
            int lead = 0;
            while (lead < lines.size() && !lines.get(lead).isTableRow()) {
                lead++;
            }
            if (lastRow != null && !caption.isEmpty() && lead > 0 && lead < lines.size()) {
                LayoutLine first = lines.get(lead);
                boolean sameForm = !firstRow.isEmpty() && !firstRow.getFirst().isEmpty()
                        && !first.cells().equals(firstRow) && first.cells().getFirst().equals(firstRow.getFirst());
                if (texts(lines.subList(0, lead)).equals(caption) && first.cells().size() == lastRow.cells().size()
                        && !sameForm) {
                    lines = lines.subList(lead, lines.size());
                }
            }
            out.add(lines);
            if (lines.isEmpty() || !lines.getLast().isTableRow()) {
                lastRow = null;
                caption = List.of();
                firstRow = List.of();
                continue;
            }
            int end = lines.size() - 1;
            int start = end;
            while (start > 0 && lines.get(start - 1).isTableRow() && lines.get(start - 1).table() == lines.get(end).table()) {
                start--;
            }
            if (start > 0) { // a table starts on this page: remember its caption block and first row
                int captionStart = start;
                while (captionStart > 0 && !lines.get(captionStart - 1).isTableRow() && start - captionStart < MAX_CAPTION) {
                    captionStart--;
                }
                caption = texts(lines.subList(captionStart, start));
                firstRow = lines.get(start).cells();
            }
            lastRow = lines.getLast();
        }
        return out;
    }

    private static List<String> texts(List<LayoutLine> lines) {
        return lines.stream().map(LayoutLine::text).toList();
    }

    private static List<Glyph> glyphs(List<TextBox> boxes) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextBox box : boxes) {
            double size = box.size() > 0 ? box.size() : 12;
            double baseline = box.top() + BASELINE_EM * size;
            double x = box.left();
            String text = box.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String s = new String(Character.toChars(cp));
                double width = (Character.isWhitespace(cp) || cp == 0xA0 ? SPACE_EM : wide(cp) ? 1.0 : 0.5) * size;
                glyphs.add(new Glyph(s, x, baseline, width, size));
                x += width;
            }
        }
        return glyphs;
    }

    private static boolean wide(int cp) {
        return cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D;
    }
}
