package budget.audit.ingest.pdf;

import budget.audit.ingest.DocumentReader;
import budget.audit.ingest.InputException;
import budget.audit.ingest.InputFormat;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF's text layer into lines: prose as paragraphs, tables as TAB-separated rows, both rebuilt from glyph
 * positions and table rules rather than from the order text was written in. Invisible, white and clipped text,
 * page numbers and repeated table headers on continuation pages are left out.
 */
public final class PdfReader implements DocumentReader {

    /** Budget filings run to a few dozen pages; pages with text past this many are not read. */
    public static final int MAX_PAGES = 500;
    /**
     * Pages looked at, blank or not: blank pages (inserted separators, a padded scan) do not count towards
     * {@link #MAX_PAGES}, but a file is never walked further than this (time; memory stays bounded by the pages
     * with text, whose lines are kept).
     */
    public static final int MAX_SCANNED_PAGES = 10 * MAX_PAGES;

    @Override
    public SourceDocument read(Path file, byte[] content, String sha256) throws InputException {
        String name = file.getFileName().toString();
        if (!hasEndMarker(content)) {
            throw new InputException(name, "PDF文件已损坏：文件不完整（缺少结束标记）");
        }
        List<List<LayoutLine>> pages = new ArrayList<>();
        int glyphs = 0;
        int total;
        int withText = 0;
        int firstUnread = 0;
        try (PDDocument document = Loader.loadPDF(content)) {
            // an owner password alone (no password to open) only restricts copying and printing in a viewer: the
            // file opened without a password, so it is read like any other; a user password fails the load above
            total = document.getNumberOfPages();
            int count = Math.min(total, MAX_SCANNED_PAGES);
            List<Double> tableColumns = List.of();
            CMapGuard cmaps = new CMapGuard();
            for (int i = 0; i < count; i++) {
                if (withText == MAX_PAGES) {
                    firstUnread = i + 1;
                    break;
                }
                cmaps.screen(document.getPage(i));
                PageContent page = new PageCollector(document.getPage(i)).collect(i + 1);
                glyphs += page.glyphs().size();
                withText += page.glyphs().isEmpty() ? 0 : 1;
                PageLayout.Result laidOut = PageLayout.lines(page, tableColumns);
                pages.add(laidOut.lines());
                tableColumns = laidOut.lastTableColumns();
            }
            if (firstUnread == 0 && total > count) {
                firstUnread = count + 1;
            }
        } catch (InvalidPasswordException e) {
            throw new InputException(name, "文件已加密，无法读取");
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "PDF文件已损坏：无法解析（技术信息：" + describe(e) + "）");
        } catch (StackOverflowError e) {
            // objects nested thousands deep make PDFBox's recursive parser overflow; the stack is unwound here
            throw new InputException(name, "PDF文件已损坏：对象嵌套过深");
        }
        int unread = firstUnread == 0 ? 0 : total - firstUnread + 1;
        if (unread > withText) {
            // most of the file would go unread: no conclusion could be drawn from the rest
            throw new InputException(name, "PDF 共 " + total + " 页，超出读取上限（有文字的页 " + MAX_PAGES + " 页、全部 "
                    + MAX_SCANNED_PAGES + " 页），第 " + firstUnread + "–" + total + " 页（" + unread
                    + " 页）未能读取，多于已读取的内容，审核没有意义；请只提交预算公开文件本身");
        }
        if (glyphs == 0) {
            throw new InputException(name, "无文字层（扫描件），无法读取");
        }
        List<SourceLine> lines = new ArrayList<>();
        for (TextAssembler.Paragraph p : TextAssembler.assemble(pages)) {
            lines.add(new SourceLine(lines.size() + 1, p.text(), p.text(), p.page(), null, List.of()));
        }
        SourceDocument document = new SourceDocument(name, sha256, InputFormat.PDF.name(), null, lines);
        if (unread > 0) {
            document = document.withNotes(List.of("PDF 共 " + total + " 页，超出读取上限，第 " + firstUnread + "–" + total
                    + " 页（" + unread + " 页）未读取，其中的表格与文字未予核对"));
        }
        return document;
    }

    /** A complete PDF ends with "%%EOF" (allowing trailing whitespace or a little junk after it). */
    private static boolean hasEndMarker(byte[] content) {
        int from = Math.max(0, content.length - 2048);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }
}
