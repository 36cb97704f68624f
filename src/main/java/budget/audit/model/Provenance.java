package budget.audit.model;

/**
 * Where a fact was read: the source file, the 1-based line number in the extracted text, and, when known,
 * the PDF page, the table title and row (code + name), the cell (XLSX "B7" or column header) and the quoted text.
 * Every finding traces back to one or more of these.
 */
public record Provenance(String file, int line, Integer page, String table, String row, String cell, String text) {

    public static Provenance ofLine(String file, int line, String text) {
        return new Provenance(file, line, null, null, null, null, text);
    }

    public Provenance withPage(Integer page) {
        return new Provenance(file, line, page, table, row, cell, text);
    }

    public Provenance inTable(String table, String row, String cell) {
        return new Provenance(file, line, page, table, row, cell, text);
    }
}
