package budget.audit.ingest.office;

/** Small text helpers shared by the Office readers. */
final class OfficeText {

    private OfficeText() {
    }

    /** One cell's text on one line: line breaks and tabs inside a cell must not split the TAB row. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "").replace('\t', ' ')
                .replace('\u0007', ' ').strip();
    }

    /** A paragraph's text on one line. */
    static String paragraph(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u000B', ' ').replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')
                .replace('\u0007', ' ').strip();
    }
}
