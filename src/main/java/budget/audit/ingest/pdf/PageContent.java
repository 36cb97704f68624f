package budget.audit.ingest.pdf;

import java.util.List;

/** What one page holds after drawing: its visible glyphs and table rules, plus its size. */
record PageContent(int pageNumber, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int images) {
}
