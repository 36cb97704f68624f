package budget.audit.report.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the report's XHTML (the PDF report's template output) as a Word document: h1 → title, h2/h3 → Word
 * headings 1/2 (in the navigation pane and a table of contents), p → body paragraphs with a two-character first
 * line indent, table → Word tables with the template's column widths and a repeated header row, div.appendix →
 * a page break. Inline emphasis (th, .k, .verdict, .sev-ERROR) is bold; .small/.quote/.ev text is smaller.
 */
final class XhtmlToDocx {

    /** The PDF page's text width in mm (A4 less its 20 + 22 mm margins): column widths are given for it. */
    private static final double PDF_TEXT_WIDTH_MM = 168;
    private static final Pattern MM = Pattern.compile("width:\\s*([0-9.]+)mm");
    private static final Set<String> SMALL = Set.of("small", "quote", "ev", "amounts", "basis", "remedy", "loc",
            "hash");
    private static final Set<String> BOLD = Set.of("k", "verdict", "sev-ERROR", "head", "opinion-head", "scope");

    private final XWPFDocument doc;
    private final DocxStyle style;
    private final double textWidthMm;
    private boolean breakBefore;

    XhtmlToDocx(XWPFDocument doc, DocxStyle style) {
        this.doc = doc;
        this.style = style;
        this.textWidthMm = 210 - style.marginLeft() - style.marginRight();
    }

    void convert(String xhtml) {
        Document html = Jsoup.parse(xhtml, "", Parser.xmlParser());
        styles();
        page();
        Element body = html.selectFirst("body");
        if (body != null) {
            blocks(body);
        }
    }

    // ---- document set-up ----

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(style.bodyFont());
        fonts.setAscii(style.latinFont());
        fonts.setHAnsi(style.latinFont());
        styles.setDefaultFonts(fonts);
        styles.addStyle(paragraphStyle("Normal", "Normal", null, style.bodyFont(), style.body(), false));
        styles.addStyle(paragraphStyle("Title", "Title", 0, style.titleFont(), style.title(), false));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, style.headingFont(), style.heading1(), false));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, style.headingFont(), style.heading2(), false));
        styles.addStyle(paragraphStyle("TableText", "Table Text", null, style.bodyFont(), style.table(), false));
        FontTable.write(doc, style);
    }

    private XWPFStyle paragraphStyle(String id, String name, Integer outline, String font, double size,
                                     boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        if (outline != null && !"Title".equals(id)) {
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            s.getPPr().addNewKeepNext();
        }
        CTRPr r = s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setEastAsia(font);
        f.setAscii(style.latinFont());
        f.setHAnsi(style.latinFont());
        r.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        r.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        if (bold) {
            r.addNewB();
        }
        return new XWPFStyle(s);
    }

    /** A4, the template's margins, page number "— 1 —" centred in the footer. */
    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(DocxStyle.mmToTwips(style.marginTop())));
        mar.setBottom(BigInteger.valueOf(DocxStyle.mmToTwips(style.marginBottom())));
        mar.setLeft(BigInteger.valueOf(DocxStyle.mmToTwips(style.marginLeft())));
        mar.setRight(BigInteger.valueOf(DocxStyle.mmToTwips(style.marginRight())));
        mar.setHeader(BigInteger.valueOf(DocxStyle.mmToTwips(15)));
        mar.setFooter(BigInteger.valueOf(DocxStyle.mmToTwips(25)));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        font(p.createRun(), style.latinFont(), 14, false).setText(style.pageBefore());
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTRPr rpr = field.addNewR().addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        field.getRArray(0).addNewT().setStringValue("1");
        font(p.createRun(), style.latinFont(), 14, false).setText(style.pageAfter());
        if (sect.sizeOfFooterReferenceArray() > 0) {
            sect.getFooterReferenceArray(0).setType(STHdrFtr.DEFAULT);
        }
    }

    // ---- blocks ----

    private void blocks(Element parent) {
        for (Element e : parent.children()) {
            switch (e.tagName()) {
                case "h1" -> {
                    XWPFParagraph p = paragraph("Title");
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingAfter(120);
                    inline(p, e, new Format(style.titleFont(), style.title(), false));
                }
                case "h2" -> inline(heading("Heading1"), e, new Format(style.headingFont(), style.heading1(), false));
                case "h3" -> inline(heading("Heading2"), e, new Format(style.headingFont(), style.heading2(), false));
                case "p" -> {
                    XWPFParagraph p = paragraph("Normal");
                    if (!e.hasClass("plain") && !e.hasClass("opinion-head")) {
                        p.setIndentationFirstLine((int) Math.round(style.body() * 2 * 20));
                    }
                    p.setSpacingAfter(60);
                    if (e.parent() != null && e.parent().hasClass("opinion")) {
                        box(p);
                    }
                    inline(p, e, new Format(style.bodyFont(), style.body(), BOLD.stream().anyMatch(e::hasClass)));
                }
                case "table" -> table(e);
                case "div" -> {
                    if (e.hasClass("subtitle")) {
                        XWPFParagraph p = paragraph("Normal");
                        p.setAlignment(ParagraphAlignment.CENTER);
                        p.setSpacingAfter(240);
                        inline(p, e, new Format(style.bodyFont(), style.body(), false));
                    } else {
                        if (e.hasClass("appendix")) {
                            breakBefore = true;
                        }
                        blocks(e);
                    }
                }
                default -> blocks(e);
            }
        }
    }

    private XWPFParagraph heading(String styleId) {
        XWPFParagraph p = paragraph(styleId);
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        return p;
    }

    private XWPFParagraph paragraph(String styleId) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        if (breakBefore) {
            p.setPageBreak(true);
            breakBefore = false;
        }
        return p;
    }

    private static void box(XWPFParagraph p) {
        p.setBorderTop(Borders.SINGLE);
        p.setBorderBottom(Borders.SINGLE);
        p.setBorderLeft(Borders.SINGLE);
        p.setBorderRight(Borders.SINGLE);
    }

    // ---- tables ----

    private void table(Element table) {
        List<Element> rows = new ArrayList<>(table.select("> thead > tr, > tbody > tr, > tr"));
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.stream().mapToInt(r -> r.select("> th, > td").size()).max().orElse(1);
        int[] widths = widths(table, cols);
        if (breakBefore) {
            paragraph("Normal");
        }
        XWPFTable t = doc.createTable(rows.size(), cols);
        boolean borders = !table.hasClass("meta") && !table.hasClass("chart");
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar margins =
                pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(57));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(57));
        margins.getRight().setType(STTblWidth.DXA);
        t.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        t.setTableAlignment(TableRowAlign.CENTER);
        if (!borders) {
            t.removeBorders();
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            XWPFTableRow row = t.getRow(r);
            boolean head = "thead".equals(tr.parent() == null ? "" : tr.parent().tagName());
            if (head) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            List<Element> cells = tr.select("> th, > td");
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                tc.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                tc.getTcW().setType(STTblWidth.DXA);
                if (c >= cells.size()) {
                    continue;
                }
                Element td = cells.get(c);
                boolean th = "th".equals(td.tagName());
                if (th) {
                    CTShd shd = tc.addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setColor("auto");
                    shd.setFill("E6E6E6");
                }
                cell(cell, td, th || td.hasClass("k"), alignment(td, th || table.hasClass("counts")));
            }
        }
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
    }

    private int[] widths(Element table, int cols) {
        double[] mm = new double[cols];
        List<Element> colEls = table.select("> colgroup > col");
        double given = 0;
        int open = 0;
        for (int i = 0; i < cols; i++) {
            Double w = null;
            if (i < colEls.size()) {
                Matcher m = MM.matcher(colEls.get(i).attr("style"));
                if (m.find()) {
                    w = Double.parseDouble(m.group(1));
                }
            }
            mm[i] = w == null ? -1 : w;
            if (w == null) {
                open++;
            } else {
                given += w;
            }
        }
        double rest = open == 0 ? 0 : Math.max(10, (PDF_TEXT_WIDTH_MM - given) / open);
        double total = 0;
        for (int i = 0; i < cols; i++) {
            if (mm[i] < 0) {
                mm[i] = rest;
            }
            total += mm[i];
        }
        int[] out = new int[cols];
        double scale = textWidthMm / total;
        for (int i = 0; i < cols; i++) {
            out[i] = DocxStyle.mmToTwips(mm[i] * scale);
        }
        return out;
    }

    private static ParagraphAlignment alignment(Element td, boolean th) {
        if (th || td.hasClass("c")) {
            return ParagraphAlignment.CENTER;
        }
        return td.hasClass("r") ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
    }

    /** A cell's content: inline text in one paragraph, each div or p inside it a paragraph of its own. */
    private void cell(XWPFTableCell cell, Element td, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setStyle("TableText");
        p.setAlignment(align);
        p.setSpacingAfter(0);
        Format base = new Format(bold ? style.headingFont() : style.bodyFont(), style.table(), bold);
        boolean used = false;
        for (Node n : td.childNodes()) {
            if (n instanceof Element e && e.hasClass("bar")) {
                used |= bar(p == null ? cell.addParagraph() : p, e, base);
            } else if (n instanceof Element e && ("div".equals(e.tagName()) || "p".equals(e.tagName()))) {
                if (used) {
                    p = cell.addParagraph();
                    p.setStyle("TableText");
                    p.setAlignment(align);
                    p.setSpacingAfter(0);
                }
                inline(p, e, base.with(e));
                used = true;
                p = null;
            } else {
                if (p == null) {
                    p = cell.addParagraph();
                    p.setStyle("TableText");
                    p.setAlignment(align);
                    p.setSpacingAfter(0);
                }
                used |= inlineNode(p, n, base);
            }
        }
    }

    // ---- inline ----

    /** Run formatting: east-Asian font, size in points, bold. */
    private record Format(String font, double size, boolean bold) {
        Format with(Element e) {
            boolean b = bold || "th".equals(e.tagName()) || "b".equals(e.tagName()) || "strong".equals(e.tagName())
                    || BOLD.stream().anyMatch(e::hasClass);
            double s = SMALL.stream().anyMatch(e::hasClass) ? Math.min(size, 9) : size;
            return new Format(b && !bold ? font : font, s, b);
        }
    }

    private void inline(XWPFParagraph p, Element e, Format f) {
        for (Node n : e.childNodes()) {
            inlineNode(p, n, f);
        }
    }

    /** Appends a node's text as runs; true when anything was written. */
    private boolean inlineNode(XWPFParagraph p, Node n, Format f) {
        if (n instanceof TextNode t) {
            String text = t.getWholeText().replaceAll("\\s*\\R\\s*", "").replaceAll("[ \\t]+", " ");
            if (text.isBlank()) {
                return false;
            }
            XWPFRun run = font(p.createRun(), f.bold() ? style.headingFont() : f.font(), f.size(), f.bold());
            run.setText(text);
            return true;
        }
        if (n instanceof Element e) {
            if (e.hasClass("bar")) {
                return bar(p, e, f);
            }
            if ("br".equals(e.tagName())) {
                p.createRun().addBreak();
                return true;
            }
            boolean any = false;
            Format inner = f.with(e);
            for (Node c : e.childNodes()) {
                any |= inlineNode(p, c, inner);
            }
            if (e.hasClass("amt") && any) {
                font(p.createRun(), f.font(), inner.size(), false).setText("\u3000");
            }
            return any;
        }
        return false;
    }

    private static final Pattern PERCENT = Pattern.compile("width:\\s*([0-9]+)%");
    private static final Pattern COLOUR = Pattern.compile("background-color:\\s*#([0-9a-fA-F]{6})");

    /** A chart bar (div.bar, width in %) as a row of block characters in its colour: one per 5 %. */
    private boolean bar(XWPFParagraph p, Element e, Format f) {
        Matcher w = PERCENT.matcher(e.attr("style"));
        int percent = w.find() ? Integer.parseInt(w.group(1)) : 0;
        int blocks = Math.max(percent > 0 ? 1 : 0, Math.round(percent / 5f));
        if (blocks == 0) {
            return false;
        }
        XWPFRun run = font(p.createRun(), style.latinFont(), f.size(), false);
        Matcher c = COLOUR.matcher(e.attr("style"));
        if (c.find()) {
            run.setColor(c.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        run.setText("\u2588".repeat(blocks));
        return true;
    }

    private XWPFRun font(XWPFRun run, String eastAsia, double size, boolean bold) {
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(style.latinFont(), XWPFRun.FontCharRange.ascii);
        run.setFontFamily(style.latinFont(), XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        if (bold) {
            run.setBold(true);
        }
        return run;
    }
}
