package budget.audit.report.docx;

import budget.audit.report.Labels;
import budget.audit.report.Renderer;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.report.pdf.PdfRenderer;
import budget.audit.report.xlsx.FixedTimeZip;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * The editable Word report ({@code --format docx}): the same content and wording as the PDF report (the XHTML
 * of {@code templates/report.ftlx}, laid out as Word headings, paragraphs and tables by {@link XhtmlToDocx}), in
 * the 公文-like styles of {@code templates/docx.ftl} (A4, 仿宋 body, 黑体 headings, page numbers "— 1 —").
 * Same report (date included) gives the same bytes: core property dates are the report date and every zip entry
 * carries that date.
 */
public final class DocxRenderer implements Renderer {

    public static final String STYLE_TEMPLATE = "docx.ftl";

    private final TemplateEngine engine;
    private final PdfRenderer xhtml;

    public DocxRenderer(TemplateEngine engine) {
        this.engine = engine;
        this.xhtml = new PdfRenderer(engine);
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        LocalDate date = report.generatedOn() == null ? LocalDate.EPOCH : LocalDate.parse(report.generatedOn());
        write(xhtml.xhtml(report), date, report.tool().name(), title(report), engine, out);
    }

    /**
     * Writes any of the tool's report XHTML (e.g. the batch overview 汇总) as a Word document in the styles of
     * templates/docx.ftl; same XHTML and date give the same bytes.
     */
    public static void write(String xhtml, LocalDate date, String creator, String title, TemplateEngine engine,
                             OutputStream out) throws IOException {
        DocxStyle style = DocxStyle.of(Labels.load(engine, STYLE_TEMPLATE));
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        try (XWPFDocument doc = new XWPFDocument()) {
            new XhtmlToDocx(doc, style).convert(xhtml);
            Date fixed = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator(creator);
            core.setTitle(title);
            doc.getProperties().getExtendedProperties().setApplication(creator);
            doc.write(raw);
        }
        FixedTimeZip.copy(raw.toByteArray(), out, date);
    }

    private static String title(AuditReport report) {
        AuditReport.FilingInfo f = report.filing();
        return (f.department() == null ? "" : f.department()) + (f.year() == null ? "" : f.year() + "年")
                + "审核报告";
    }
}
