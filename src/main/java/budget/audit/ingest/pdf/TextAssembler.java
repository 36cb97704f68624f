package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the pages' lines into the document's text: prose lines wrapped by the page width are rejoined into
 * paragraphs (also across a page break), and a table that continues on the next page keeps going without its
 * repeated header rows.
 */
final class TextAssembler {

    /** A paragraph or list item starts here: "一、", "（三）", "3.", "3、", "(2)", "第五条". */
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\\d]+[）)]|\\d{1,3}(?:[.．、](?!\\d)|\\s)|第[一二三四五六七八九十百\\d]+[章节条部分])");
    private static final Pattern LEADER_END = Pattern.compile("[.…·]{3,}\\s*\\d*$");
    private static final int MAX_HEADER_ROWS = 8;
    /** A page whose widest prose line is shorter than this share of the usual margin has only short prose. */
    private static final double SHORT_PAGE = 0.75;

    record Paragraph(int page, String text) {
    }

    private final List<Paragraph> out = new ArrayList<>();
    private LayoutLine open;
    private StringBuilder openText;
    private int openPage;
    private double openPageRight;
    private List<List<String>> tableHead = List.of();
    private LayoutLine lastOnPreviousPage;
    /** The widest right edge of a prose line so far: the prose block's right margin. */
    private double proseMargin;

    static List<Paragraph> assemble(List<List<LayoutLine>> pages) {
        TextAssembler assembler = new TextAssembler();
        for (List<LayoutLine> page : pages) {
            assembler.page(page);
        }
        assembler.closeParagraph();
        return assembler.out;
    }

    private void page(List<LayoutLine> lines) {
        double left = Double.MAX_VALUE;
        double proseRight = 0;
        double tableRight = 0;
        for (LayoutLine l : lines) {
            if (l.isTableRow()) {
                tableRight = Math.max(tableRight, l.right());
            } else {
                left = Math.min(left, l.left());
                proseRight = Math.max(proseRight, l.right());
            }
        }
        // The prose block's right margin is the page's widest prose line — unless the page has only short prose
        // (a page of tables with captions "编制部门：…", "单位：元", which must not look full-width and be joined):
        // then the margin seen on earlier pages as long as it lies within this page's tables (on a first page, the
        // tables' right edge).
        double earlier = tableRight <= 0 ? proseMargin : proseMargin > 0 ? Math.min(proseMargin, tableRight) : tableRight;
        double right = proseRight >= SHORT_PAGE * earlier ? proseRight : earlier;
        proseMargin = Math.max(proseMargin, proseRight);
        int skipHeaderUntil = continuationHeaderRows(lines);
        LayoutLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            if (line.isTableRow()) {
                closeParagraph();
                if (i >= skipHeaderUntil && startsTable(previous, line)) {
                    tableHead = new ArrayList<>();
                }
                if (i >= skipHeaderUntil) {
                    if (tableHead.size() < MAX_HEADER_ROWS && tableHead instanceof ArrayList<List<String>> head) {
                        head.add(line.cells());
                    }
                    out.add(new Paragraph(line.page(), line.text()));
                }
            } else {
                prose(line, left, right, previous);
            }
            previous = line;
        }
        if (!lines.isEmpty()) {
            lastOnPreviousPage = lines.getLast();
        }
    }

    private boolean startsTable(LayoutLine previous, LayoutLine line) {
        if (previous == null) {
            return lastOnPreviousPage == null || !lastOnPreviousPage.isTableRow()
                    || lastOnPreviousPage.cells().size() != line.cells().size();
        }
        return !previous.isTableRow() || previous.table() != line.table();
    }

    /**
     * When a page opens with a table that has as many columns as the table that ended the previous page, its first
     * rows that repeat that table's header rows are skipped. Returns the index of the first line to keep.
     */
    private int continuationHeaderRows(List<LayoutLine> lines) {
        if (lines.isEmpty() || lastOnPreviousPage == null || !lastOnPreviousPage.isTableRow()) {
            return 0;
        }
        LayoutLine first = lines.getFirst();
        if (!first.isTableRow() || first.cells().size() != lastOnPreviousPage.cells().size()) {
            return 0;
        }
        int i = 0;
        while (i < lines.size() && i < tableHead.size() && lines.get(i).isTableRow()
                && lines.get(i).table() == first.table() && lines.get(i).cells().equals(tableHead.get(i))) {
            i++;
        }
        return i;
    }

    private void prose(LayoutLine line, double pageLeft, double pageRight, LayoutLine previous) {
        String text = line.text();
        if (open != null && continues(line, text, pageLeft, previous)) {
            openText.append(text);
            open = line;
            openPageRight = pageRight;
            return;
        }
        closeParagraph();
        open = line;
        openText = new StringBuilder(text);
        openPage = line.page();
        openPageRight = pageRight;
    }

    private boolean continues(LayoutLine line, String text, double pageLeft, LayoutLine previous) {
        boolean samePage = line.page() == open.page();
        if (samePage && previous != open) {
            return false; // something (a table row) came between
        }
        double em = Math.max(open.size(), line.size());
        boolean fullWidth = open.right() >= openPageRight - 4 * em
                || (open.right() + leadingTokenWidth(text, em) >= openPageRight - 2 * em && !endsSentence(openText));
        boolean atMargin = line.left() <= pageLeft + 0.5 * em;
        boolean sameSize = Math.abs(open.size() - line.size()) <= 0.6;
        boolean close = !samePage || line.top() - open.top() <= 2.2 * em;
        return fullWidth && atMargin && sameSize && close
                && !ITEM_START.matcher(text).find() && !LEADER_END.matcher(openText).find();
    }

    /**
     * Approximate width of the unbreakable run a line starts with ("3,440.00万元" wraps as a whole, so the line before
     * it can end well short of the margin): half an em per Latin character or digit.
     */
    private static double leadingTokenWidth(String text, double em) {
        double width = 0;
        for (int i = 0; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80) {
                width += 0.55 * em;
            } else if (c >= 0xFF00 && c <= 0xFFEF) {
                width += em; // full-width digits and separators ("3，440.00") are part of the number
            } else {
                break;
            }
        }
        return width;
    }

    private static boolean endsSentence(CharSequence text) {
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return "。；！？：;!?:".indexOf(last) >= 0;
    }

    private void closeParagraph() {
        if (open != null) {
            out.add(new Paragraph(openPage, openText.toString()));
            open = null;
            openText = null;
        }
    }
}
