package budget.audit.ingest.html;

import budget.audit.ingest.DocumentReader;
import budget.audit.ingest.InputException;
import budget.audit.ingest.InputFormat;
import budget.audit.ingest.pdf.PositionedLayout;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a saved web page (预算公开 pages publish the filing as HTML): the charset from the byte order mark or the
 * page's declaration, then the body in document order — each block of prose a line ({@code place} "第N段"), each
 * {@code <table>} row a TAB line laid out on the table's grid ({@code place} "表N第M行"). Scripts, styles,
 * navigation, forms, hidden elements and images are left out; a table used for page layout (cells holding tables
 * or whole articles, or one cell per row) is read as the prose and tables inside it. A PDF converted to HTML
 * (pages of absolutely positioned text boxes and border rules) is laid out like the PDF it came from
 * ({@code page} N, {@code place} "第N页"); then only the element holding those pages is read, not the site around.
 */
public final class HtmlReader implements DocumentReader {

    static final String BINARY = "不是网页文件（包含二进制内容），无法按 HTML 读取";
    static final String NO_TEXT = "网页中没有可读的正文（可能是空页面，或正文由脚本加载、以图片发布）";
    /** A saved filing page is a few MB even with inline images; past this it is refused before parsing (memory). */
    public static final int MAX_HTML_BYTES = 64 * 1024 * 1024;

    @Override
    public SourceDocument read(Path file, byte[] content, String sha256) throws InputException {
        String name = file.getFileName().toString();
        if (content.length > MAX_HTML_BYTES) {
            throw new InputException(name, "网页文件过大（" + content.length / (1024 * 1024) + " MB，上限 "
                    + MAX_HTML_BYTES / (1024 * 1024) + " MB），超出单个预算公开页面的合理范围");
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(name, content);
        Document document;
        try {
            document = Jsoup.parse(decoded.text());
        } catch (RuntimeException | StackOverflowError e) {
            throw new InputException(name, "HTML文件无法解析", e);
        }
        Walker walker;
        try {
            List<Element> pages = new ArrayList<>();
            findPages(document.body(), pages);
            walker = new Walker(pages.stream().map(PositionedPages::kind).collect(java.util.stream.Collectors.toSet()));
            walker.walk(root(document.body(), pages));
            walker.flushPages();
        } catch (StackOverflowError e) {
            // elements nested thousands deep; the stack is unwound here
            throw new InputException(name, "HTML文件结构嵌套过深，无法读取");
        }
        if (walker.lines.isEmpty()) {
            throw new InputException(name, NO_TEXT);
        }
        return new SourceDocument(name, sha256, InputFormat.HTML.name(), decoded.encoding(), walker.lines);
    }

    /** The body, or when the page holds positioned pages (a converted PDF), the nearest element holding them all. */
    private static Element root(Element body, List<Element> pages) {
        if (pages.isEmpty()) {
            return body;
        }
        Element common = pages.getFirst().parent();
        for (Element page : pages) {
            while (common != null && !isAncestorOrSelf(common, page)) {
                common = common.parent();
            }
        }
        return common == null ? body : common;
    }

    private static void findPages(Element element, List<Element> pages) {
        for (Element child : element.children()) {
            if (FlowText.skipped(child)) {
                continue;
            }
            if (PositionedPages.isPage(child)) {
                pages.add(child);
            } else {
                findPages(child, pages);
            }
        }
    }

    private static boolean isAncestorOrSelf(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Walks the content in document order and collects the lines. */
    private static final class Walker {

        final List<SourceLine> lines = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder();
        private final List<PositionedLayout.Page> pendingPages = new ArrayList<>();
        private int paragraphNo;
        private int tableNo;
        private int pageNo;
        /** Tag and class of the positioned pages found: a page of the same kind with fewer boxes (a cover) is one. */
        private final java.util.Set<String> pageKinds;

        Walker(java.util.Set<String> pageKinds) {
            this.pageKinds = pageKinds;
        }

        private boolean isPage(Element element) {
            return PositionedPages.isPage(element) || PositionedPages.isPageLike(element, pageKinds);
        }

        void walk(Element element) {
            if (isPage(element)) {
                flushText();
                pendingPages.add(PositionedPages.page(element));
                return;
            }
            for (Node node : element.childNodes()) {
                if (node instanceof TextNode t) {
                    buffer.append(t.getWholeText());
                } else if (node instanceof Element e && !FlowText.skipped(e)) {
                    String tag = e.normalName();
                    if (tag.equals("table") && !TableGrid.isLayout(e)) {
                        flushText();
                        table(e);
                    } else if (tag.equals("br")) {
                        flushText();
                    } else if (tag.equals("pre") || tag.equals("plaintext") || tag.equals("xmp")) {
                        flushText();
                        preformatted(e);
                    } else if (FlowText.BLOCKS.contains(tag) || isPage(e)) {
                        flushText();
                        walk(e);
                        flushText();
                    } else {
                        walk(e);
                    }
                }
            }
        }

        /** Preformatted text keeps its lines (and its TABs: a text filing pasted into a page stays one). */
        private void preformatted(Element pre) {
            for (String line : pre.wholeText().split("\\r\\n|\\r|\\n")) {
                String text = line.replace('\u00A0', ' ').strip();
                if (text.isBlank()) {
                    continue;
                }
                if (text.contains("\t")) {
                    text = java.util.Arrays.stream(line.split("\t", -1)).map(String::strip)
                            .collect(java.util.stream.Collectors.joining("\t"));
                }
                paragraph(text);
            }
        }

        private void table(Element table) {
            for (Element caption : table.getElementsByTag("caption")) {
                if (caption.parent() == table) {
                    paragraph(FlowText.inline(caption));
                }
            }
            List<TableGrid.Row> rows = TableGrid.layout(table);
            if (rows.isEmpty()) {
                return;
            }
            flushPages();
            tableNo++;
            for (TableGrid.Row row : rows) {
                List<String> cells = row.cells();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                boolean caption = row.singleCell() || cells.stream().skip(1).allMatch(String::isEmpty);
                // a title or "单位：万元" row inside the table: a plain line, as the spreadsheet reader gives it
                String text = caption ? cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("")
                        : String.join("\t", cells);
                add(text, null, "表" + tableNo + "第" + row.number() + "行");
            }
        }

        private void flushText() {
            String text = FlowText.join(buffer);
            buffer.setLength(0);
            paragraph(text);
        }

        private void paragraph(String text) {
            if (!text.isEmpty()) {
                flushPages();
                paragraphNo++;
                add(text, null, "第" + paragraphNo + "段");
            }
        }

        /** Lays out the positioned pages seen since the last prose or table, all together (tables run over pages). */
        void flushPages() {
            if (pendingPages.isEmpty()) {
                return;
            }
            int first = pageNo;
            for (PositionedLayout.Line line : PositionedLayout.lines(pendingPages)) {
                int page = first + line.page();
                add(line.text(), page, "第" + page + "页");
            }
            pageNo += pendingPages.size();
            pendingPages.clear();
        }

        private void add(String text, Integer page, String place) {
            lines.add(new SourceLine(lines.size() + 1, text, text, page, place, List.of()));
        }
    }
}
