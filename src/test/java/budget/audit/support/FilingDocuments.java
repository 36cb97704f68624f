package budget.audit.support;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders any filing in the unified text form (prose lines; tables as runs of TAB lines) into PDF, DOCX and XLSX,
 * the way departments publish them, so a test can check that every format gives the same findings.
 */
public final class FilingDocuments {

    private static final Path FONT = Path.of("fonts/NotoSerifSC-Regular.ttf");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    /** A block of the filing: a prose line, or a table (its rows as cell lists). */
    sealed interface Block permits Line, Table {
    }

    record Line(String text) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
    }

    private FilingDocuments() {
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = null;
        for (String line : lines) {
            if (line.contains("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    blocks.add(new Table(rows));
                }
                rows.add(List.of(line.split("\t", -1)));
            } else {
                rows = null;
                if (!line.isBlank()) {
                    blocks.add(new Line(line.strip()));
                }
            }
        }
        return blocks;
    }

    public static byte[] pdf(List<String> lines) {
        try {
            BaseFont base = BaseFont.createFont(FONT.toAbsolutePath().toString(), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
            Font body = new Font(base, 10.5f);
            Font small = new Font(base, 8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(document, out);
            document.open();
            for (Block block : blocks(lines)) {
                if (block instanceof Line line) {
                    Paragraph p = new Paragraph(line.text(), body);
                    p.setLeading(16);
                    p.setSpacingAfter(4);
                    document.add(p);
                } else if (block instanceof Table table) {
                    int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
                    PdfPTable t = new PdfPTable(columns);
                    t.setWidthPercentage(100);
                    t.setSpacingAfter(8);
                    for (List<String> row : table.rows()) {
                        for (int c = 0; c < columns; c++) {
                            String cell = c < row.size() ? row.get(c) : "";
                            PdfPCell pc = new PdfPCell(new Phrase(cell, small));
                            pc.setPadding(3);
                            pc.setHorizontalAlignment(NUMBER.matcher(cell).matches() ? Element.ALIGN_RIGHT
                                    : Element.ALIGN_LEFT);
                            t.addCell(pc);
                        }
                    }
                    document.add(t);
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filing as a saved web page in GBK (declared gb2312), as many government sites still serve: prose lines as
     * paragraphs, tables as {@code <table>} rows, inside site chrome (navigation, script) the reader must skip.
     */
    public static byte[] html(List<String> lines) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"gb2312\"><title>预算公开</title>"
                + "<script>var total = '9999.99万元';</script></head><body><nav>首页 &gt; 预算公开</nav><div class=\"article\">\n");
        for (Block block : blocks(lines)) {
            if (block instanceof Line line) {
                h.append("<p>").append(escape(line.text())).append("</p>\n");
            } else if (block instanceof Table table) {
                h.append("<table border=\"1\">\n");
                for (List<String> row : table.rows()) {
                    h.append("<tr>");
                    for (String cell : row) {
                        h.append("<td>").append(escape(cell)).append("</td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
        }
        h.append("</div></body></html>\n");
        return h.toString().getBytes(java.nio.charset.Charset.forName("GB18030"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static byte[] docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks(lines)) {
                if (block instanceof Line line) {
                    document.createParagraph().createRun().setText(line.text());
                } else if (block instanceof Table table) {
                    int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable t = document.createTable(table.rows().size(), columns);
                    for (int r = 0; r < table.rows().size(); r++) {
                        List<String> row = table.rows().get(r);
                        for (int c = 0; c < columns; c++) {
                            t.getRow(r).getCell(c).setText(c < row.size() ? row.get(c) : "");
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prose goes to a first sheet "情况说明" (column A); each table to its own sheet with the lines just before it
     * (attachment label, title, unit) on top, numbers typed as numbers with a "#,##0.00"-style format.
     */
    public static byte[] xlsx(List<String> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet prose = workbook.createSheet("情况说明");
            List<Block> blocks = blocks(lines);
            List<String> pending = new ArrayList<>();
            int proseRow = 0;
            int tableNo = 0;
            XSSFSheet sheet = null;
            int r = 0;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block instanceof Line line) {
                    boolean beforeTable = isCaptionOfNextTable(blocks, i);
                    if (beforeTable) {
                        pending.add(line.text());
                    } else {
                        for (String p : pending) {
                            prose.createRow(proseRow++).createCell(0).setCellValue(p);
                        }
                        pending.clear();
                        prose.createRow(proseRow++).createCell(0).setCellValue(line.text());
                    }
                } else if (block instanceof Table table) {
                    // a table continued after a page break (its captions repeat no title) stays on its sheet
                    boolean continued = sheet != null && pending.stream().noneMatch(c -> c.contains("表"));
                    if (!continued) {
                        sheet = workbook.createSheet("表" + (++tableNo));
                        r = 0;
                    }
                    for (String caption : pending) {
                        sheet.createRow(r++).createCell(0).setCellValue(caption);
                    }
                    pending.clear();
                    for (List<String> cells : table.rows()) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < cells.size(); c++) {
                            String v = cells.get(c);
                            if (v.isEmpty()) {
                                continue;
                            }
                            var cell = row.createCell(c);
                            // amounts (with decimals or separators) become typed numbers; codes such as "201", "03"
                            // and bare integers stay text, as a finance system's export keeps codes
                            if (NUMBER.matcher(v).matches() && (v.contains(".") || v.contains(","))) {
                                String plain = v.replace(",", "");
                                int decimals = plain.contains(".") ? plain.length() - plain.indexOf('.') - 1 : 0;
                                cell.setCellValue(Double.parseDouble(plain));
                                cell.setCellStyle(numberStyle(workbook, decimals, v.contains(",")));
                            } else {
                                cell.setCellValue(v);
                            }
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to three short lines right before a table (label, title, unit) are its caption. */
    private static boolean isCaptionOfNextTable(List<Block> blocks, int index) {
        for (int j = index + 1; j < blocks.size() && j <= index + 3; j++) {
            if (blocks.get(j) instanceof Table) {
                return true;
            }
            if (blocks.get(j) instanceof Line l && l.text().length() > 60) {
                return false;
            }
        }
        return false;
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, int decimals, boolean grouped) {
        String format = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
