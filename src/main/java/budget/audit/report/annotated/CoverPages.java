package budget.audit.report.annotated;

import budget.audit.report.LayoutText;
import budget.audit.report.Labels;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.SourceInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first page(s) of the annotated copy, A4: the source file, the verdict, and one entry per finding
 * ("1. [XT003 错误] 第9页　message") linking to where its evidence is. Drawn with the report's body font, embedded
 * as a subset (deterministic tag).
 */
final class CoverPages {

    private static final String FONT = "fonts/NotoSerifSC-Regular.ttf";
    private static final String BOLD_FONT = "fonts/NotoSansSC-Bold.ttf";
    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 56;
    private static final float TITLE_SIZE = 18;
    private static final float TEXT_SIZE = 10.5f;
    private static final float LEADING = 16;

    private final PDDocument doc;
    private final Labels l;
    private final PDType0Font font;
    private final PDType0Font bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    CoverPages(PDDocument doc, Labels l) throws IOException {
        this.doc = doc;
        this.l = l;
        this.font = load(doc, FONT);
        this.bold = load(doc, BOLD_FONT);
    }

    private static PDType0Font load(PDDocument doc, String name) throws IOException {
        try (InputStream in = CoverPages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("字体无法读取：" + name));
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Writes the cover pages, inserted before the first original page; returns them. */
    List<PDPage> write(AuditReport report, SourceInfo source, List<AnnotatedPdf.Placed> placed,
                       List<PDPage> original) throws IOException {
        newPage();
        heading(l.get("cover.title"), TITLE_SIZE, TITLE_SIZE * 1.8f);
        paragraph(l.get("cover.file").replace("{file}", AnnotatedPdf.nullToEmpty(source.file())));
        paragraph(l.get("cover.sha").replace("{sha}", AnnotatedPdf.nullToEmpty(source.sha256())));
        paragraph(l.get("cover.date").replace("{date}", chineseDate(report.generatedOn()))
                .replace("{tool}", report.tool().name() + " " + report.tool().version()));
        paragraph(l.get("cover.verdict").replace("{verdict}", report.summary().verdict()));
        paragraph(l.get("cover.note"));
        y -= LEADING / 2;
        heading(l.get("cover.list").replace("{count}", String.valueOf(placed.size())), 12, LEADING * 1.4f);
        if (placed.isEmpty()) {
            paragraph(l.get("cover.none"));
        }
        for (AnnotatedPdf.Placed p : placed) {
            String where = p.page() == null ? l.get("cover.where.none")
                    : l.get("cover.where.page").replace("{page}", String.valueOf(p.page()));
            // a finding quoting a huge cell is cut as in the report (LayoutText), so the list stays a list
            String text = LayoutText.quote(AnnotatedPdf.fill(l.get("cover.item"), p.finding(), p.number(), l)
                    .replace("{where}", where), l.get(LayoutText.MARKER_LABEL));
            List<String> wrapped = wrap(text, TEXT_SIZE);
            boolean linked = p.page() != null || p.mark().isPresent();
            if (y - wrapped.size() * LEADING < MARGIN_BOTTOM) {
                continuedPage(placed.size());
            }
            float top = y;
            for (String w : wrapped) {
                if (y - LEADING < MARGIN_BOTTOM) { // longer than a whole page: go on over the next one
                    if (linked) {
                        link(top, y, AnnotatedPdf.destination(p, original, pages));
                    }
                    continuedPage(placed.size());
                    top = y;
                }
                line(w, TEXT_SIZE, LEADING);
            }
            if (linked) {
                link(top, y, AnnotatedPdf.destination(p, original, pages));
            }
        }
        stream.close();
        PDPage first = original.isEmpty() ? null : original.getFirst();
        for (PDPage page : pages) {
            if (first == null) {
                doc.addPage(page);
            } else {
                doc.getPages().insertBefore(page, first);
            }
        }
        return List.copyOf(pages);
    }

    /** 2026年1月5日, as the report prints it. */
    private static String chineseDate(String iso) {
        if (iso == null) {
            return "";
        }
        java.time.LocalDate d = java.time.LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN_TOP;
    }

    /** A new cover page headed “发现的问题（续）”. */
    private void continuedPage(int count) throws IOException {
        newPage();
        heading(l.get("cover.list").replace("{count}", String.valueOf(count)) + l.get("cover.continued"), 12,
                LEADING * 1.4f);
    }

    private void paragraph(String text) throws IOException {
        for (String w : wrap(text, TEXT_SIZE)) {
            if (y - LEADING < MARGIN_BOTTOM) {
                newPage();
            }
            line(w, TEXT_SIZE, LEADING);
        }
    }

    private void heading(String text, float size, float leading) throws IOException {
        write(bold, text, size, leading);
    }

    private void line(String text, float size, float leading) throws IOException {
        write(font, text, size, leading);
    }

    private void write(PDType0Font face, String text, float size, float leading) throws IOException {
        y -= leading;
        stream.beginText();
        stream.setFont(face, size);
        stream.newLineAtOffset(MARGIN_X, y);
        stream.showText(printable(face, text));
        stream.endText();
    }

    private void link(float top, float bottom, org.apache.pdfbox.pdmodel.interactive.documentnavigation
            .destination.PDPageDestination destination) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(MARGIN_X - 2, bottom - 4, PDRectangle.A4.getWidth() - 2 * MARGIN_X + 4,
                top - bottom + 2));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination);
        link.setAction(action);
        pages.getLast().getAnnotations().add(link);
    }

    /** Lines that fit the text width, broken at any character (Chinese text has no spaces to break at). */
    /** Punctuation that may not begin a line (GB/T 15834 usage; 避头点). */
    private static final String NO_LINE_START = "，。、；：？！）】》」』”’…·%,.;:?!)]";
    /** How far a hanging punctuation mark may reach into the right margin, in points. */
    private static final float HANG = 12f;

    private List<String> wrap(String text, float size) throws IOException {
        List<String> chars = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = printable(font, new String(Character.toChars(cp)));
            chars.add(ch);
            widths.add(font.getStringWidth(ch) / 1000 * size);
            i += Character.charCount(cp);
        }
        return breakLines(chars, widths, PDRectangle.A4.getWidth() - 2 * MARGIN_X);
    }

    /**
     * Lines of at most {@code width} points, broken at any character (Chinese text has no spaces to break at); a
     * closing punctuation mark that would begin a line hangs in the right margin instead (up to {@link #HANG}).
     */
    static List<String> breakLines(List<String> chars, List<Float> widths, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (int i = 0; i < chars.size(); i++) {
            String ch = chars.get(i);
            float w = widths.get(i);
            boolean hangs = NO_LINE_START.contains(ch) && used + w <= width + HANG;
            if (used + w > width && current.length() > 0 && !hangs) {
                out.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(ch);
            used += w;
        }
        if (current.length() > 0 || out.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Characters the font cannot draw become "?" (never an exception on a strange department name). */
    private static String printable(PDType0Font font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                if (cp < 0x20) {
                    sb.append('?');
                } else {
                    font.encode(ch);
                    sb.append(ch);
                }
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
