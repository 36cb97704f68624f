package budget.audit.ingest.text;

import budget.audit.ingest.DocumentReader;
import budget.audit.ingest.InputException;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text filing: detects its encoding (UTF-8 with/without BOM, UTF-16 with BOM, else GB18030),
 * rejects empty and binary content, and returns its lines with their original 1-based numbers; each line's
 * {@code text} is {@link TextNormalizer normalized}, {@code original} is as read.
 */
public final class TextDocumentReader implements DocumentReader {

    public static final String FORMAT = "TEXT";
    /** A text filing is tens of kilobytes; a text file past this is refused before decoding (time and memory). */
    public static final int MAX_TEXT_BYTES = 10 * 1024 * 1024;

    @Override
    public SourceDocument read(Path file, byte[] content, String sha256) throws InputException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (content.length > MAX_TEXT_BYTES) {
            throw new InputException(fileName, "文本文件过大（" + content.length / (1024 * 1024) + " MB），超出单个预算公开文件的合理范围（文本上限 "
                    + MAX_TEXT_BYTES / (1024 * 1024) + " MB）");
        }
        DecodedText decoded = TextDecoder.decode(fileName, content);
        if (decoded.text().isBlank()) {
            throw new InputException(fileName, "文件为空");
        }
        List<String> rawLines = splitLines(decoded.text());
        if (rawLines.size() > budget.audit.ingest.Ingest.MAX_LINES) {
            throw new InputException(fileName, "文档内容过多（" + rawLines.size() + " 行，上限 "
                    + budget.audit.ingest.Ingest.MAX_LINES + " 行），不像单个预算公开文件");
        }
        List<SourceLine> lines = new ArrayList<>(rawLines.size());
        int number = 1;
        for (String raw : rawLines) {
            budget.audit.model.Interruption.check();
            lines.add(SourceLine.plain(number++, Utf8Damage.withoutDamagedNumbers(TextNormalizer.normalize(raw)), raw));
        }
        return new SourceDocument(fileName, sha256, FORMAT, decoded.encoding(), lines).withNotes(decoded.notes());
    }

    /** Splits on \r\n, \n or \r; a final line break does not start an extra empty line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
