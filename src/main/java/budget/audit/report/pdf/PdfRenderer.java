package budget.audit.report.pdf;

import budget.audit.report.Labels;
import budget.audit.report.LayoutText;
import budget.audit.report.Renderer;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;

import java.awt.color.ICC_Profile;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the report through the XHTML template {@code templates/report.ftlx} and OpenPDF's HTML renderer.
 * Output is byte-identical for the same report: creation / modification dates are the report date, the trailer
 * /ID is the MD5 of the XHTML, and font subset prefixes come from a seeded random.
 */
public final class PdfRenderer implements Renderer {

    public static final String TEMPLATE = "report.ftlx";

    private final TemplateEngine engine;
    private final boolean pdfa;

    public PdfRenderer(TemplateEngine engine) {
        this(engine, false);
    }

    /**
     * @param pdfa write archival PDF/A-2b: an sRGB output intent, XMP metadata matching the document info, and
     *             fonts without CIDSet
     */
    public PdfRenderer(TemplateEngine engine, boolean pdfa) {
        this.engine = engine;
        this.pdfa = pdfa;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        LocalDate date = report.generatedOn() == null ? LocalDate.EPOCH : LocalDate.parse(report.generatedOn());
        ReproduciblePdf.write(xhtml(report), date, pdfa, out);
    }

    /**
     * The XHTML the PDF (and the DOCX) is laid out from (useful to inspect the template's output); a text over
     * {@link LayoutText#LIMIT} characters shows its beginning and the marker {@code longText.omitted}.
     */
    public String xhtml(AuditReport report) {
        Labels labels = Labels.load(engine);
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("l", labels.asMap());
        model.put("reportDate", chineseDate(report.generatedOn()));
        model.put("bodyFont", PdfFonts.BODY_FAMILY);
        model.put("headingFont", PdfFonts.HEADING_FAMILY);
        model.put("proseUnits", MoneyUnits.prose(report));
        model.put("tableUnits", MoneyUnits.tables(report));
        model.put("moneyUnits", MoneyUnits.all(report));
        // never lay out unbounded text (line breaking is quadratic in a run's length); the JSON keeps it whole
        String xhtml = LayoutText.cap(engine.render(TEMPLATE, model), labels);
        java.util.Set<Integer> missing = MissingGlyphs.in(xhtml);
        if (missing.isEmpty()) {
            return xhtml;
        }
        // said in the report: which characters the PDF shows as 〓 (the JSON and XLSX keep them)
        model.put("missingGlyphs", MissingGlyphs.codes(missing));
        model.put("missingGlyphMark", MissingGlyphs.MARK);
        return LayoutText.cap(engine.render(TEMPLATE, model), labels);
    }

    /** 2026年1月5日 (GB/T 9704: Arabic digits, full year, no leading zeros). */
    static String chineseDate(String isoDate) {
        if (isoDate == null) {
            return "";
        }
        LocalDate d = LocalDate.parse(isoDate);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
