package budget.audit.report.pdf;

import budget.audit.report.Labels;
import budget.audit.report.Renderer;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.UncheckedIOException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

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
        String xhtml = xhtml(report);
        byte[] digest = md5(xhtml);
        ITextRenderer renderer = new ITextRenderer();
        PdfFonts.register(renderer, java.nio.ByteBuffer.wrap(digest).getLong(), pdfa);
        if (pdfa) {
            renderer.setPDFXConformance(PdfWriter.PDFA2B);
        }
        renderer.setListener(new FixedMetadata(pdfDate(report.generatedOn()), digest, pdfa));
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        try {
            renderer.createPDF(new KeepOpen(out));
        } catch (DocumentException e) {
            throw new IOException("PDF 生成失败：" + e.getMessage(), e);
        }
    }

    /** The XHTML the PDF is laid out from (useful to inspect the template's output). */
    public String xhtml(AuditReport report) {
        Labels labels = Labels.load(engine);
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("l", labels.asMap());
        model.put("reportDate", chineseDate(report.generatedOn()));
        model.put("bodyFont", PdfFonts.BODY_FAMILY);
        model.put("headingFont", PdfFonts.HEADING_FAMILY);
        return engine.render(TEMPLATE, model);
    }

    /** 2026年1月5日 (GB/T 9704: Arabic digits, full year, no leading zeros). */
    static String chineseDate(String isoDate) {
        if (isoDate == null) {
            return "";
        }
        LocalDate d = LocalDate.parse(isoDate);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static PdfDate pdfDate(String isoDate) {
        LocalDate d = isoDate == null ? LocalDate.EPOCH : LocalDate.parse(isoDate);
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return new PdfDate(calendar);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces OpenPDF's clock-based dates and random trailer /ID just before the document is closed. */
    private record FixedMetadata(PdfDate date, byte[] id, boolean pdfa) implements PDFCreationListener {
        @Override
        public void preOpen(ITextRenderer renderer) {
        }

        /** Called once the document is open (its body exists), before the pages are written. */
        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
            if (pdfa) {
                try {
                    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
                    renderer.getWriter().setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org",
                            "sRGB IEC61966-2.1", srgb);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary info = renderer.getWriter().getInfo();
            info.put(PdfName.CREATIONDATE, date);
            info.put(PdfName.MODDATE, date);
            // PdfWriter.close() takes the trailer /ID from this info key when present.
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            if (pdfa) {
                // XMP from the info dictionary as it is now (fixed dates), with pdfaid part 2, conformance B
                renderer.getWriter().createXmpMetadata();
            }
        }
    }

    /** The caller owns the stream: OpenPDF closes what it writes to. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
