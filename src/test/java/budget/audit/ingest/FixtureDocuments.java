package budget.audit.ingest;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One small budget filing of our own, rendered as text, PDF, DOCX and XLSX, so readers of every format can be
 * checked against the same lines; plus broken files (scanned-like, encrypted, truncated PDF; junk ZIP).
 */
public final class FixtureDocuments {

    public static final String TITLE = "示范区文旅局2025年部门预算情况说明";
    /** Prose lines; the second is long enough to wrap in the PDF and must come back as one line. */
    public static final List<String> PROSE = List.of(
            "一、收入预算：2025年收入预算1234.50万元，其中一般公共预算拨款1200.00万元，其他收入34.50万元。",
            "二、支出预算：2025年支出预算1234.50万元，比2024年增加56.78万元，主要原因是人员经费增加，以及为保障基层文化服务中心正常运转而安排的办公设备更新和信息系统运维经费相应增加。",
            "三、“三公”经费预算12.30万元，其中公务接待费2.30万元，公务用车运行维护费10.00万元。");
    public static final String TABLE_TITLE = "2025年部门收支预算总表";
    public static final String UNIT_LINE = "单位：万元";
    /** Header row and five data rows, cell by cell. */
    public static final List<List<String>> TABLE = List.of(
            List.of("项目", "预算数", "上年预算数", "增减"),
            List.of("一般公共服务支出", "800.00", "760.00", "40.00"),
            List.of("社会保障和就业支出", "200.50", "190.00", "10.50"),
            List.of("卫生健康支出", "100.00", "98.00", "2.00"),
            List.of("住房保障支出", "134.00", "129.72", "4.28"),
            List.of("合计", "1234.50", "1177.72", "56.78"));

    private static final Path FONT = Path.of("fonts/NotoSerifSC-Regular.ttf");

    private FixtureDocuments() {
    }

    /** The table rows as the unified TAB lines. */
    public static List<String> tableLines() {
        return TABLE.stream().map(cells -> String.join("\t", cells)).toList();
    }

    /** The filing as the unified text form (one line per paragraph, TAB rows for the table). */
    public static String text() {
        List<String> lines = new ArrayList<>();
        lines.add(TITLE);
        lines.addAll(PROSE);
        lines.add(TABLE_TITLE);
        lines.add(UNIT_LINE);
        lines.addAll(tableLines());
        return String.join("\n", lines) + "\n";
    }

    /**
     * The filing as a PDF (OpenPDF, Noto Serif SC, ruled PdfPTable). Each page also carries a page number
     * "- N -" in the footer and three copies of a decoy sentence a reader must not see: one clipped away, one in
     * invisible render mode, one in white.
     */
    public static byte[] pdf() {
        try {
            BaseFont base = baseFont();
            Font body = new Font(base, 12);
            Font heading = new Font(base, 16);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            Paragraph title = new Paragraph(TITLE, heading);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(12);
            document.add(title);
            for (String line : PROSE) {
                Paragraph p = new Paragraph(line, body);
                p.setFirstLineIndent(24);
                p.setLeading(18);
                document.add(p);
            }
            Paragraph tableTitle = new Paragraph(TABLE_TITLE, heading);
            tableTitle.setAlignment(Element.ALIGN_CENTER);
            tableTitle.setSpacingBefore(18);
            document.add(tableTitle);
            Paragraph unit = new Paragraph(UNIT_LINE, body);
            unit.setAlignment(Element.ALIGN_RIGHT);
            unit.setSpacingAfter(6);
            document.add(unit);
            PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 2});
            table.setWidthPercentage(100);
            for (List<String> row : TABLE) {
                for (String cell : row) {
                    PdfPCell c = new PdfPCell(new Phrase(cell, body));
                    c.setPadding(4);
                    c.setHorizontalAlignment(cell.matches("[0-9.]+") ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    table.addCell(c);
                }
            }
            document.add(table);
            decoys(writer.getDirectContent(), base);
            pageNumber(writer.getDirectContent(), base, 1);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String DECOY = "此句不可见不应被读出";

    private static void decoys(PdfContentByte cb, BaseFont base) {
        cb.saveState();
        cb.rectangle(0, 0, 2, 2);
        cb.clip();
        cb.newPath();
        text(cb, base, 72, 200, DECOY + "（裁剪）");
        cb.restoreState();

        cb.saveState();
        cb.beginText();
        cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE);
        cb.setFontAndSize(base, 12);
        cb.setTextMatrix(72, 180);
        cb.showText(DECOY + "（隐形）");
        cb.endText();
        cb.restoreState();

        cb.saveState();
        cb.setColorFill(Color.WHITE);
        text(cb, base, 72, 160, DECOY + "（白字）");
        cb.restoreState();

        text(cb, base, 72, 2000, DECOY + "（页外）");
    }

    private static void pageNumber(PdfContentByte cb, BaseFont base, int page) {
        text(cb, base, 290, 30, "- " + page + " -");
    }

    private static void text(PdfContentByte cb, BaseFont base, float x, float y, String text) {
        cb.beginText();
        cb.setFontAndSize(base, 12);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
    }

    /** A PDF holding only an image of text (no text layer), like a scan. */
    public static byte[] scannedPdf() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            BufferedImage scan = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 200);
            g.setColor(Color.BLACK);
            g.fillRect(20, 20, 300, 8);
            g.fillRect(20, 50, 250, 8);
            g.dispose();
            document.add(Image.getInstance(scan, null));
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fixture PDF protected with a user password. (OpenPDF's {@code setEncryption} needs BouncyCastle, which the
     * project does not ship, so PDFBox encrypts the OpenPDF output with AES-128.)
     */
    public static byte[] encryptedPdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf());
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of the fixture PDF's bytes. */
    public static byte[] truncatedPdf() {
        byte[] whole = pdf();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A valid ZIP archive holding junk (no Office parts), as if renamed to .docx or .xlsx. */
    public static byte[] junkZip() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("notes.txt"));
                zip.write("这不是Office文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filing as a web page (GBK bytes, declared gb2312): site navigation, a script and a style the reader must
     * skip, a header image as a data: URI, the title in h1, prose in p (one wrapped by a line break in the source),
     * and the table with its title in a caption and the unit line in a full-width first row.
     */
    public static byte[] html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .append("<title>网站标题</title><style>p { color: red } /* 不可见 */</style>")
                .append("<script>var x = '不可见的脚本 1234.50万元';</script></head>\n<body>")
                .append("<nav><a href=\"/\">首页</a> &gt; <a href=\"/zw\">政务公开</a></nav>")
                .append("<div class=\"article\"><h1>").append(TITLE).append("</h1>")
                .append("<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\">")
                .append("<p style=\"display:none\">不可见的段落</p>");
        for (String line : PROSE) {
            int cut = line.length() / 2; // a source line break between two Chinese characters, as editors wrap
            while (!(Character.isIdeographic(line.charAt(cut - 1)) && Character.isIdeographic(line.charAt(cut)))) {
                cut++;
            }
            h.append("<p>&nbsp;").append(line, 0, cut).append("\n    ").append(line.substring(cut)).append("</p>\n");
        }
        h.append("<table border=\"1\"><caption>").append(TABLE_TITLE).append("</caption>");
        h.append("<tr><td colspan=\"4\" align=\"right\">").append(UNIT_LINE).append("</td></tr>");
        for (List<String> row : TABLE) {
            h.append("<tr>");
            for (String cell : row) {
                h.append(row == TABLE.getFirst() ? "<th>" : "<td>").append(cell).append(row == TABLE.getFirst() ? "</th>" : "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></div><footer>版权所有 网站 1234.50</footer></body></html>\n");
        return h.toString().getBytes(java.nio.charset.Charset.forName("GBK"));
    }

    /** The filing as DOCX: title, prose paragraphs, table title, unit line, a real 4x6 table. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.createRun().setText(TITLE);
            document.createParagraph(); // an empty paragraph, which must not become a line
            for (String line : PROSE) {
                document.createParagraph().createRun().setText(line);
            }
            document.createParagraph().createRun().setText(TABLE_TITLE);
            document.createParagraph().createRun().setText(UNIT_LINE);
            XWPFTable table = document.createTable(TABLE.size(), TABLE.getFirst().size());
            for (int r = 0; r < TABLE.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < TABLE.get(r).size(); c++) {
                    row.getCell(c).setText(TABLE.get(r).get(c));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filing as XLSX: sheet "情况说明" with the title and prose in column A; sheet {@link #TABLE_TITLE} with
     * the table title, unit line, header and rows, the 合计 row as SUM formulas whose cached values are set (never
     * recalculated) and all numbers formatted "0.00".
     */
    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet prose = workbook.createSheet("情况说明");
            prose.createRow(0).createCell(0).setCellValue(TITLE);
            for (int i = 0; i < PROSE.size(); i++) {
                prose.createRow(i + 1).createCell(0).setCellValue(PROSE.get(i));
            }
            XSSFSheet sheet = workbook.createSheet(TABLE_TITLE);
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            sheet.createRow(0).createCell(0).setCellValue(TABLE_TITLE);
            sheet.createRow(1).createCell(0).setCellValue(UNIT_LINE);
            for (int r = 0; r < TABLE.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<String> cells = TABLE.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    XSSFCell cell = (XSSFCell) row.createCell(c);
                    String value = cells.get(c);
                    boolean number = r > 0 && c > 0;
                    if (!number) {
                        cell.setCellValue(value);
                    } else if (r == TABLE.size() - 1) {
                        String column = String.valueOf((char) ('A' + c));
                        cell.setCellFormula("SUM(" + column + "4:" + column + "7)");
                        cell.setCellValue(Double.parseDouble(value)); // the cached result
                        cell.setCellStyle(twoDecimals);
                    } else {
                        cell.setCellValue(Double.parseDouble(value));
                        cell.setCellStyle(twoDecimals);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont baseFont() throws IOException {
        return BaseFont.createFont(FONT.toAbsolutePath().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
}
