package budget.audit.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/** The cell styles of one workbook: header, wrapped text, and one number style per count of decimals. */
final class XlsxStyles {

    static final String FONT = "宋体";

    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private CellStyle quotedText;
    private final CellStyle title;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 10);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        Font big = workbook.createFont();
        big.setFontName(FONT);
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        text = bordered();
        text.setWrapText(true);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        Font plain = workbook.getFontAt(0);
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 10);
        style.setFont(plain);
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    /** The text style, with Excel's quote prefix when the text starts with = + - @ ({@link XlsxText#quoted}). */
    CellStyle text(String value) {
        if (!XlsxText.quoted(value)) {
            return text;
        }
        if (quotedText == null) {
            quotedText = workbook.createCellStyle();
            quotedText.cloneStyleFrom(text);
            quotedText.setQuotePrefixed(true);
        }
        return quotedText;
    }

    CellStyle title() {
        return title;
    }

    /** #,##0 / #,##0.0 / #,##0.00 ... matching the printed decimals. */
    CellStyle number(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle style = bordered();
            String format = d <= 0 ? "#,##0" : "#,##0." + "0".repeat(d);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        });
    }

    /** Cell fill marking a checked cell: failing (red) or rounding-only / truncated (yellow). */
    enum Mark { RED, YELLOW }

    private final Map<String, CellStyle> marked = new HashMap<>();

    /** A number style like {@link #number(int)} filled with the mark's colour. */
    CellStyle number(int decimals, Mark mark) {
        if (mark == null) {
            return number(decimals);
        }
        return marked.computeIfAbsent(decimals + "/" + mark, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(number(decimals));
            style.setFillForegroundColor(mark == Mark.RED ? IndexedColors.RED.getIndex()
                    : IndexedColors.YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** Plain integers (line numbers, counts): no grouping. */
    CellStyle integer() {
        return numbers.computeIfAbsent(-1, d -> {
            CellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat("0"));
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        });
    }
}
