package budget.audit.ingest;

import budget.audit.ingest.html.HtmlReader;
import budget.audit.ingest.office.DocReader;
import budget.audit.ingest.office.DocxReader;
import budget.audit.ingest.office.SpreadsheetReader;
import budget.audit.ingest.pdf.PdfReader;
import budget.audit.ingest.text.TextDocumentReader;
import budget.audit.ingest.text.TextNormalizer;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the ingest stage: reads a file's bytes once (with a size limit), hashes them, detects the format
 * by content, hands them to that format's reader and normalizes every line (full-width digits, thousands
 * separators) the same way whatever the format.
 */
public final class Ingest {

    /** Default input size limit: 200 MiB. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    /** Lines a document may yield at most (500 PDF pages of dense tables stay far below); bounds parse time. */
    public static final int MAX_LINES = 60_000;

    private final Map<InputFormat, DocumentReader> readers = new EnumMap<>(InputFormat.class);
    private final long maxBytes;

    public Ingest(long maxBytes) {
        this.maxBytes = maxBytes;
        readers.put(InputFormat.TEXT, new TextDocumentReader());
        readers.put(InputFormat.PDF, new PdfReader());
        readers.put(InputFormat.DOCX, new DocxReader());
        readers.put(InputFormat.XLSX, new SpreadsheetReader(InputFormat.XLSX));
        readers.put(InputFormat.XLS, new SpreadsheetReader(InputFormat.XLS));
        readers.put(InputFormat.DOC, new DocReader());
        readers.put(InputFormat.HTML, new HtmlReader());
    }

    public Ingest() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceDocument read(Path file) throws InputException {
        String name = file.getFileName().toString();
        byte[] content = readBytes(file, name);
        if (content.length == 0) {
            throw new InputException(name, "文件为空");
        }
        InputFormat format = FormatSniffer.detect(content, name);
        DocumentReader reader = readers.get(format);
        if (reader == null && isHtmlName(name)) {
            throw new InputException(name, "扩展名为 HTML，但内容不是网页（包含二进制内容），无法读取");
        }
        if (reader == null) {
            throw new InputException(name, "不是可识别的文本或文档（可能是二进制文件），请提供 TXT、PDF、DOCX、XLSX 或 XLS 文件");
        }
        if (OwnReport.isOwnReport(content, format)) {
            throw new InputException(name, OwnReport.REASON);
        }
        SourceDocument raw = reader.read(file, content, sha256(content));
        if (raw.lines().size() > MAX_LINES) {
            throw new InputException(name, "文档内容过多（" + raw.lines().size() + " 行，上限 " + MAX_LINES
                    + " 行），不像单个预算公开文件");
        }
        return normalized(raw);
    }

    private static boolean isHtmlName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    private byte[] readBytes(Path file, String name) throws InputException {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name, "是文件夹，不是文件");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a named pipe (FIFO), device or socket: opening it may wait forever for a writer
                throw new InputException(name, "不是普通文件（命名管道、设备或套接字等），不予读取");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(name, "文件过大（" + size / (1024 * 1024) + " MB，上限 "
                        + maxBytes / (1024 * 1024) + " MB）");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) Math.min(size + 1, Integer.MAX_VALUE - 8));
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "文件不存在");
        } catch (IOException e) {
            throw new InputException(name, "无法读取文件：" + e.getClass().getSimpleName());
        }
    }

    private static SourceDocument normalized(SourceDocument doc) {
        List<SourceLine> lines = new ArrayList<>(doc.lines().size());
        for (SourceLine l : doc.lines()) {
            lines.add(new SourceLine(l.number(), TextNormalizer.normalize(l.text()), l.original(), l.page(),
                    l.place(), l.cellRefs()));
        }
        return new SourceDocument(doc.fileName(), doc.sha256(), doc.format(), doc.encoding(), lines, doc.parts(),
                doc.notes());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
