package budget.audit.report.pdf;

import budget.audit.report.KeepOpenOutputStream;
import budget.audit.report.XmlText;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Lays out an XHTML document with the tool's two fonts and writes it as a PDF whose bytes depend only on the
 * XHTML and the date: creation and modification dates are {@code date} 00:00 UTC, the trailer /ID is the MD5 of
 * the XHTML, and the font subset prefixes are drawn from a seed taken from that MD5.
 */
public final class ReproduciblePdf {

    /** The tool's name, written as the PDF's creator. */
    public static final String OWN_TOOL = "budget-audit";
    /**
     * Custom key of the document information dictionary that marks the tool's own reports and summaries
     * (ingest's {@code OwnReport.PDF_MARKER_KEY}; report sits above ingest, so the name is repeated, not imported).
     */
    public static final String OWN_MARKER_KEY = "BudgetAuditReport";

    private ReproduciblePdf() {
    }

    /** Renders {@code xhtml} into {@code out} (left open); the message of a failure is Chinese. */
    public static void write(String xhtml, LocalDate date, OutputStream out) throws IOException {
        write(xhtml, date, false, out);
    }

    /**
     * As {@link #write(String, LocalDate, OutputStream)}; {@code pdfa} writes archival PDF/A-2b: an sRGB output
     * intent, XMP metadata matching the (fixed) document info, and fonts without CIDSet.
     */
    public static void write(String xhtml, LocalDate date, boolean pdfa, OutputStream out) throws IOException {
        // body, document info and XMP all come from this XHTML: one clean-up makes every XML part well-formed
        xhtml = XmlText.clean(xhtml);
        // a character the fonts lack would vanish without a trace: a visible mark stands in its place
        xhtml = MissingGlyphs.mark(xhtml, MissingGlyphs.in(xhtml));
        byte[] digest = md5(xhtml);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                new VisibleTextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT));
        PdfFonts.register(renderer, seed(digest), pdfa);
        if (pdfa) {
            renderer.setPDFXConformance(PdfWriter.PDFA2B);
        }
        renderer.setListener(new FixedMetadata(pdfDate(date), digest, pdfa));
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        try {
            renderer.createPDF(new KeepOpenOutputStream(out));
        } catch (DocumentException e) {
            throw new IOException("PDF 生成失败：" + e.getMessage(), e);
        }
    }

    /** The MD5 of the text's UTF-8 bytes. */
    static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The font seed of a document: the first eight bytes of its digest. */
    static long seed(byte[] digest) {
        return ByteBuffer.wrap(digest).getLong();
    }

    /** Midnight UTC of the date. */
    static PdfDate pdfDate(LocalDate date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return new PdfDate(calendar);
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
            // marks the file as the tool's own output, so that ingest refuses to audit it as a filing
            info.put(PdfName.CREATOR, new PdfString(OWN_TOOL));
            info.put(new PdfName(OWN_MARKER_KEY), new PdfString(OWN_TOOL));
            // PdfWriter.close() takes the trailer /ID from this info key when present.
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            if (pdfa) {
                // XMP from the info dictionary as it is now (fixed dates), with pdfaid part 2, conformance B
                renderer.getWriter().createXmpMetadata();
            }
        }
    }
}
