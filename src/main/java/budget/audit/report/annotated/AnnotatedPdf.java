package budget.audit.report.annotated;

import budget.audit.report.Labels;
import budget.audit.report.SourceRenderer;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.Evidence;
import budget.audit.report.model.AuditReport.FindingEntry;
import budget.audit.report.model.AuditReport.SourceInfo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The annotated copy of the department's own PDF ({@code --format annotated}): each finding's evidence highlighted
 * where it sits (text-markup highlight with a popup holding message, 依据 and 整改建议; red for errors, yellow for
 * warnings, blue for hints), one bookmark per finding under "审核发现", and a first page listing the findings with
 * links to their pages. A finding whose evidence cannot be placed still has its bookmark and list entry. The source
 * bytes are only read; the copy is a new document. Same source and report (date included) give identical bytes:
 * the /ID is a hash of both, annotation dates are the report date. Wording: templates/annotated.ftl.
 */
public final class AnnotatedPdf implements SourceRenderer {

    public static final String FORMAT = "annotated";
    public static final String TEMPLATE = "annotated.ftl";
    /** What follows the report's base name in the annotated copy's file name. */
    public static final String SUFFIX = "-标注.pdf";
    /** Marker (document information and trailer) that folder scans use to skip the tool's own outputs. */
    static final String MARKER_KEY = "BudgetAuditReport";

    private final TemplateEngine engine;

    public AnnotatedPdf(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String suffix() {
        return SUFFIX;
    }

    @Override
    public boolean accepts(SourceInfo source) {
        return source != null && "PDF".equalsIgnoreCase(source.format());
    }

    @Override
    public String skipReason(SourceInfo source) {
        return Labels.load(engine, TEMPLATE).get("skip.notPdf").replace("{format}",
                source == null || source.format() == null ? "" : source.format());
    }

    @Override
    public byte[] render(AuditReport report, SourceInfo source, byte[] pdf) throws IOException {
        Labels l = Labels.load(engine, TEMPLATE);
        Calendar date = calendar(report.generatedOn());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                doc.setAllSecurityToBeRemoved(true);
            }
            int pages = doc.getNumberOfPages();
            List<PDPage> original = new ArrayList<>();
            doc.getPages().forEach(original::add);
            Map<Integer, EvidenceLocator> locators = new HashMap<>();
            List<Placed> placed = new ArrayList<>();
            int n = 0;
            for (FindingEntry f : report.findings()) {
                n++;
                List<EvidenceLocator.Mark> marks = new ArrayList<>();
                Integer firstPage = null;
                for (Evidence e : f.evidence()) {
                    if (e.page() == null || e.page() < 1 || e.page() > pages
                            || e.file() != null && !e.file().equals(source.file())) {
                        // another file's place (a merged filing's other half, or the published budget a 决算 was
                        // compared with): not on this PDF's pages
                        continue;
                    }
                    if (firstPage == null) {
                        firstPage = e.page();
                    }
                    EvidenceLocator locator = locators.get(e.page());
                    if (locator == null) {
                        locator = EvidenceLocator.of(original.get(e.page() - 1), e.page());
                        locators.put(e.page(), locator);
                    }
                    locator.find(e.text()).ifPresent(marks::add);
                }
                for (int k = 0; k < marks.size(); k++) {
                    highlight(original.get(marks.get(k).page() - 1), marks.get(k), f, n, k, date, l, doc);
                }
                placed.add(new Placed(n, f, marks.isEmpty() ? Optional.empty() : Optional.of(marks.getFirst()),
                        firstPage));
            }
            List<PDPage> cover = new CoverPages(doc, l).write(report, source, placed, original);
            outline(doc, l, placed, original, cover);
            labels(doc, l, cover.size());
            mark(doc, report, source);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** A finding and where it was placed (empty: no position; page: its first cited page, if any). */
    record Placed(int number, FindingEntry finding, Optional<EvidenceLocator.Mark> mark, Integer page) {
    }

    private static void highlight(PDPage page, EvidenceLocator.Mark mark, FindingEntry f, int n, int k,
                                  Calendar date, Labels l, PDDocument doc) throws IOException {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        float[] r = mark.rect();
        h.setRectangle(new PDRectangle(r[0], r[1], r[2] - r[0], r[3] - r[1]));
        float[] quads = new float[mark.rows().size() * 8];
        for (int i = 0; i < mark.rows().size(); i++) {
            float[] q = mark.rows().get(i);
            float[] one = {q[0], q[3], q[2], q[3], q[0], q[1], q[2], q[1]};
            System.arraycopy(one, 0, quads, i * 8, 8);
        }
        h.setQuadPoints(quads);
        h.setColor(new PDColor(colour(f.severity()), PDDeviceRGB.INSTANCE));
        h.setConstantOpacity(0.45f);
        h.setTitlePopup(fill(l.get("note.title"), f, n, l));
        h.setSubject(f.rule() + " " + nullToEmpty(f.title()));
        h.setContents(fill(l.get("note.body"), f, n, l).replace("\\n", "\n"));
        h.setAnnotationName("budget-audit-" + n + "-" + (k + 1));
        h.setModifiedDate(date);
        h.setCreationDate(date);
        h.setPrinted(true);
        h.setPage(page);
        PDAnnotationPopup popup = new PDAnnotationPopup();
        PDRectangle media = page.getCropBox();
        float top = Math.min(r[3] + 10, media.getUpperRightY());
        popup.setRectangle(new PDRectangle(Math.max(media.getLowerLeftX(), media.getUpperRightX() - 220),
                Math.max(media.getLowerLeftY(), top - 140), 210, 130));
        popup.setOpen(false);
        popup.setParent(h);
        popup.setPage(page);
        popup.setAnnotationName("budget-audit-" + n + "-" + (k + 1) + "-popup");
        h.setPopup(popup);
        h.constructAppearances(doc);
        page.getAnnotations().add(h);
        page.getAnnotations().add(popup);
    }

    static float[] colour(String severity) {
        return switch (severity == null ? "" : severity) {
            case "ERROR" -> new float[] {1f, 0.45f, 0.45f};
            case "WARNING" -> new float[] {1f, 0.85f, 0.2f};
            default -> new float[] {0.45f, 0.75f, 1f};
        };
    }

    /** Fills {rule} {severity} {title} {message} {basis} {remedy} {n} into a label. */
    static String fill(String pattern, FindingEntry f, int n, Labels l) {
        return pattern.replace("{n}", String.valueOf(n))
                .replace("{rule}", nullToEmpty(f.rule()))
                .replace("{severity}", severityLabel(f.severity()))
                .replace("{title}", nullToEmpty(f.title()))
                .replace("{message}", nullToEmpty(f.message()))
                .replace("{basis}", nullToEmpty(f.basis()))
                .replace("{remedy}", nullToEmpty(f.remedy()))
                .replace("{sentence}", sentence(f.message()));
    }

    /** 错误 / 警告 / 提示 (as labels.ftl names them; annotated.ftl does not repeat them). */
    static String severityLabel(String severity) {
        return switch (severity == null ? "" : severity) {
            case "ERROR" -> "错误";
            case "WARNING" -> "警告";
            case "INFO" -> "提示";
            default -> nullToEmpty(severity);
        };
    }

    /** The message's first sentence, at most 40 characters (a bookmark's one line). */
    static String sentence(String message) {
        String s = nullToEmpty(message).strip();
        int stop = s.indexOf('。');
        if (stop > 0) {
            s = s.substring(0, stop);
        }
        return s.codePointCount(0, s.length()) > 40 ? s.substring(0, s.offsetByCodePoints(0, 39)) + "…" : s;
    }

    private static void outline(PDDocument doc, Labels l, List<Placed> placed, List<PDPage> original,
                                List<PDPage> cover) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentOutline outline = catalog.getDocumentOutline();
        if (outline == null) {
            outline = new PDDocumentOutline();
            catalog.setDocumentOutline(outline);
        }
        PDOutlineItem root = new PDOutlineItem();
        root.setTitle(l.get("outline.root").replace("{count}", String.valueOf(placed.size())));
        root.setDestination(fit(cover.getFirst()));
        PDOutlineItem list = new PDOutlineItem();
        list.setTitle(l.get("outline.cover"));
        list.setDestination(fit(cover.getFirst()));
        root.addLast(list);
        for (Placed p : placed) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(fill(l.get("outline.item"), p.finding(), p.number(), l));
            item.setDestination(destination(p, original, cover));
            root.addLast(item);
        }
        root.openNode();
        outline.addFirst(root);
        outline.openNode();
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    /** The highlight's top on its page; else the first cited page; else the list of findings. */
    static PDPageDestination destination(Placed p, List<PDPage> original, List<PDPage> cover) {
        if (p.mark().isPresent()) {
            EvidenceLocator.Mark m = p.mark().get();
            PDPageXYZDestination d = new PDPageXYZDestination();
            d.setPage(original.get(m.page() - 1));
            d.setLeft((int) Math.max(0, m.rect()[0] - 20));
            d.setTop((int) Math.ceil(m.rect()[3] + 20));
            return d;
        }
        return fit(p.page() != null ? original.get(p.page() - 1) : cover.getFirst());
    }

    private static PDPageFitDestination fit(PDPage page) {
        PDPageFitDestination d = new PDPageFitDestination();
        d.setPage(page);
        return d;
    }

    /** Cover pages "审核发现-1…", the original pages numbered from 1 as printed in the report. */
    private static void labels(PDDocument doc, Labels l, int coverPages) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange first = new PDPageLabelRange();
        first.setPrefix(l.get("label.cover"));
        first.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, first);
        PDPageLabelRange rest = new PDPageLabelRange();
        rest.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(coverPages, rest);
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    /** The tool's mark (so folder scans skip the copy) and a reproducible /ID from the source and the report. */
    private static void mark(PDDocument doc, AuditReport report, SourceInfo source) {
        doc.getDocumentInformation().setCustomMetadataValue(MARKER_KEY, "annotated");
        doc.getDocument().getTrailer().setItem(COSName.getPDFName(MARKER_KEY), COSBoolean.TRUE);
        byte[] id = digest(nullToEmpty(source.sha256()) + "|" + nullToEmpty(report.generatedOn()) + "|"
                + report.findings().size() + "|" + nullToEmpty(report.tool().version()));
        COSArray ids = new COSArray();
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        ids.add(new COSString(java.util.Arrays.copyOfRange(id, 16, 32)));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar calendar(String isoDate) {
        LocalDate d = isoDate == null ? LocalDate.EPOCH : LocalDate.parse(isoDate);
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
