package budget.audit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Detects a file's format from its bytes: "%PDF", a ZIP holding word/document.xml (DOCX) or xl/workbook.xml (XLSX),
 * an OLE2 compound file holding a "Workbook"/"Book" stream (XLS) or a "WordDocument" stream (DOC), text that opens
 * with markup ({@code <!DOCTYPE html>}, {@code <html>}, or a tag followed by HTML elements) as HTML — also when named
 * .xls or .doc, as web sites often serve HTML tables under those names. The file name's extension is only used to
 * break ties (a ZIP or OLE2 file whose content says nothing, plain text vs binary, text named .html).
 */
public final class FormatSniffer {

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private FormatSniffer() {
    }

    public static InputFormat detect(byte[] content, String fileName) {
        String ext = extension(fileName);
        if (content == null || content.length == 0) {
            return InputFormat.UNKNOWN;
        }
        if (isPdf(content)) {
            return InputFormat.PDF;
        }
        if (startsWith(content, 0, new byte[] {'P', 'K', 3, 4})) {
            InputFormat zipped = sniffZip(content);
            if (zipped != InputFormat.UNKNOWN) {
                return zipped;
            }
            return switch (ext) {
                case "docx" -> InputFormat.DOCX;
                case "xlsx", "xlsm" -> InputFormat.XLSX;
                default -> InputFormat.UNKNOWN;
            };
        }
        if (startsWith(content, 0, OLE2_MAGIC)) {
            InputFormat ole = sniffOle2(content);
            if (ole != InputFormat.UNKNOWN) {
                return ole;
            }
            return switch (ext) {
                case "doc" -> InputFormat.DOC;
                case "xls" -> InputFormat.XLS;
                default -> InputFormat.UNKNOWN;
            };
        }
        if (!looksLikeText(content)) {
            return InputFormat.UNKNOWN;
        }
        if (looksLikeHtml(content) || ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
            return InputFormat.HTML;
        }
        return InputFormat.TEXT;
    }

    private static final java.util.regex.Pattern HTML_ELEMENT = java.util.regex.Pattern.compile(
            "<(?:html|head|body|meta|title|table|div|p|span|h[1-6]|br|style|script)[\\s>/]");

    /**
     * Markup from the start: after a byte order mark, white space and comments the text opens with a doctype, an
     * XML declaration or a tag, and HTML elements follow within the first 4 KiB. A text filing never opens with "<".
     */
    private static boolean looksLikeHtml(byte[] content) {
        int limit = Math.min(content.length, 4096);
        String head;
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            head = new String(content, 2, Math.max(0, limit - 2), StandardCharsets.UTF_16LE);
        } else if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            head = new String(content, 2, Math.max(0, limit - 2), StandardCharsets.UTF_16BE);
        } else {
            head = new String(content, 0, limit, StandardCharsets.ISO_8859_1);
        }
        head = head.replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT).stripLeading();
        if (!head.startsWith("<")) {
            return false;
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || HTML_ELEMENT.matcher(head).find();
    }

    /** "%PDF" within the first 1024 bytes (some producers put junk before the header). */
    private static boolean isPdf(byte[] content) {
        int limit = Math.min(content.length - 4, 1024);
        for (int i = 0; i <= limit; i++) {
            if (startsWith(content, i, new byte[] {'%', 'P', 'D', 'F'})) {
                return true;
            }
        }
        return false;
    }

    private static InputFormat sniffZip(byte[] content) {
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    word = true;
                } else if (name.equals("xl/workbook.xml")) {
                    excel = true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged archive: fall back to the extension
        }
        if (word) {
            return InputFormat.DOCX;
        }
        return excel ? InputFormat.XLSX : InputFormat.UNKNOWN;
    }

    /**
     * Looks for the UTF-16LE directory entry names of the streams that mark Word and Excel files. The names sit in
     * the compound file's directory sectors, so a plain byte search is enough for sniffing.
     */
    private static InputFormat sniffOle2(byte[] content) {
        if (containsUtf16(content, "WordDocument")) {
            return InputFormat.DOC;
        }
        if (containsUtf16(content, "Workbook") || containsUtf16(content, "Book")) {
            return InputFormat.XLS;
        }
        if (containsUtf16(content, "EncryptedPackage")) {
            // a password-protected DOCX/XLSX: the Office readers report it as encrypted
            return InputFormat.XLSX;
        }
        return InputFormat.UNKNOWN;
    }

    private static boolean containsUtf16(byte[] content, String name) {
        byte[] needle = name.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            // directory entry names are followed by a UTF-16 NUL terminator
            int end = i + needle.length;
            if (end + 1 < content.length && content[end] == 0 && content[end + 1] == 0) {
                return true;
            }
        }
        return false;
    }

    /** No NUL bytes in the first 8 KiB (UTF-8 and GB18030 text never contain NUL). */
    private static boolean looksLikeText(byte[] content) {
        int limit = Math.min(content.length, 8192);
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            return true;
        }
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
