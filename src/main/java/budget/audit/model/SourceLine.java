package budget.audit.model;

import java.util.List;

/**
 * One line of a filing's text after ingest. Tables are lines whose cells are separated by TAB, whatever the
 * input format (text, PDF, DOCX, XLSX), so one table reader serves all formats.
 *
 * @param number   1-based line number in the extracted text (the original line number for text files)
 * @param text     normalized text (half-width digits and punctuation, no thousands separators)
 * @param original the text as read, before normalization (what evidence quotes)
 * @param page     PDF page (1-based), else null
 * @param place    human locator beyond the page when useful (DOCX "第3段" / "表2第4行", XLSX sheet name), else null
 * @param cellRefs for XLSX rows: the cell reference (e.g. "B7") of each TAB-separated cell; else empty
 */
public record SourceLine(int number, String text, String original, Integer page, String place, List<String> cellRefs) {

    public SourceLine {
        cellRefs = cellRefs == null ? List.of() : List.copyOf(cellRefs);
    }

    public static SourceLine plain(int number, String text, String original) {
        return new SourceLine(number, text, original, null, null, List.of());
    }

    public Provenance provenance(String file) {
        return new Provenance(file, number, page, null, null, null, original);
    }
}
