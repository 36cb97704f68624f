package budget.audit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the tool's own outputs so that they are never audited as if they were filings: a PDF whose document
 * information carries the marker key (or the tool as author / creator), an XLSX whose core properties name the tool
 * as creator, a JSON report or batch summary that opens with the tool's "tool" field.
 */
public final class OwnReport {

    /** The tool's name as written into every report. */
    public static final String TOOL = "budget-audit";
    /** Custom key of the PDF document information dictionary written by the report renderer. */
    public static final String PDF_MARKER_KEY = "BudgetAuditReport";
    /** The reason given to the user. */
    public static final String REASON = "这是 budget-audit 生成的审核报告，不是预算公开文件";

    private static final int MAX_ZIP_ENTRIES = 10_000;
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
            case XLSX -> xlsx(content);
            case TEXT -> json(content);
            default -> false;
        };
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
