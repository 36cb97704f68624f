package budget.audit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the tool's own outputs so that they are never audited as if they were filings: a PDF whose document
 * information carries the marker key (or the tool as author / creator), an XLSX or DOCX whose core properties name
 * the tool as creator, a JSON report or batch summary that opens with the tool's "tool" field.
 */
public final class OwnReport {

    /** The tool's name as written into every report. */
    public static final String TOOL = "budget-audit";
    /** Custom key of the PDF document information dictionary written by the report renderer. */
    public static final String PDF_MARKER_KEY = "BudgetAuditReport";
    /** The reason given to the user. */
    public static final String REASON = "这是 budget-audit 生成的审核报告，不是预算公开文件";

    private static final int MAX_ZIP_ENTRIES = 10_000;
    /** The renderer writes the document information dictionary within the last few kilobytes of the file. */
    private static final int PDF_TAIL = 64 * 1024;
    private static final Pattern PDF_MARK = Pattern.compile(
            "/" + PDF_MARKER_KEY + "\\b|/(?:Author|Creator)\\s*\\(" + TOOL + "\\)");
    private static final Pattern JSON_HEAD = Pattern.compile(
            "\\A\\uFEFF?\\s*\\{\\s*\"tool\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"" + TOOL + "\"");
    private static final Pattern XLSX_CREATOR = Pattern.compile("<dc:creator>\\s*" + TOOL + "\\s*</dc:creator>");

    private OwnReport() {
    }

    /** Whether the bytes, detected as {@code format}, are a report or summary written by this tool. */
    public static boolean isOwnReport(byte[] content, InputFormat format) {
        return switch (format) {
            case PDF -> pdf(content);
            case XLSX, DOCX -> xlsx(content);
            case TEXT -> json(content);
            default -> false;
        };
    }

    /**
     * Whether a file found in a folder scan is one of the tool's reports, judged cheaply from its extension and
     * the part of the file that carries the mark (a PDF's tail, an XLSX's core properties). An unreadable file is
     * not called a report: the audit then says what is wrong with it.
     */
    public static boolean isOwnReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pdf")) {
                return pdf(tail(file, PDF_TAIL));
            }
            if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return xlsx(in.readAllBytes());
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static byte[] tail(Path file, int length) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int n = (int) Math.min(size, length);
            channel.position(size - n);
            ByteBuffer buffer = ByteBuffer.allocate(n);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            return java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /** The document information dictionary is written uncompressed (as OpenPDF does), near the end of the file. */
    private static boolean pdf(byte[] content) {
        return PDF_MARK.matcher(new String(content, StandardCharsets.ISO_8859_1)).find();
    }

    private static boolean json(byte[] content) {
        int limit = Math.min(content.length, 512);
        return JSON_HEAD.matcher(new String(content, 0, limit, StandardCharsets.UTF_8)).find();
    }

    private static boolean xlsx(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals("docProps/core.xml")) {
                    byte[] xml = zip.readNBytes(64 * 1024);
                    return XLSX_CREATOR.matcher(new String(xml, StandardCharsets.UTF_8)).find();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged archive is the spreadsheet reader's to report
        }
        return false;
    }
}
