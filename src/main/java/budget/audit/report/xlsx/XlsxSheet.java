package budget.audit.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one table-like sheet: a header row, data rows, then column widths from the content (a CJK character
 * counts two units: POI's autoSizeColumn measures Chinese wrongly), frozen header, auto filter and A4 print setup.
 * Text always goes into string cells, so "=SUM(…)" or "+1" in a filing is never a formula; such text carries the
 * quote prefix, so that editing the cell in Excel does not make it one either ({@link XlsxText}).
 */
final class XlsxSheet {

    private static final int MIN_WIDTH = 4;

    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private final List<Integer> maxWidths;
    private final List<Integer> widthCaps;
    private Row row;
    private int column;

    /** {@code caps}: the widest each column may grow (in character units) before its text wraps. */
    XlsxSheet(XSSFSheet sheet, XlsxStyles styles, List<String> headers, List<Integer> caps) {
        this.sheet = sheet;
        this.styles = styles;
        this.maxWidths = new ArrayList<>();
        this.widthCaps = List.copyOf(caps);
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(XlsxText.cell(headers.get(i)));
            cell.setCellStyle(styles.header());
            maxWidths.add(Math.max(MIN_WIDTH, width(headers.get(i))));
        }
    }

    XlsxSheet row() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    XlsxSheet text(String value) {
        Cell cell = row.createCell(column);
        String stored = XlsxText.cell(value);
        cell.setCellStyle(styles.text(stored));
        if (stored != null) {
            cell.setCellValue(stored);
            grow(longestLine(stored));
        }
        column++;
        return this;
    }

    /** An amount given as printed digits: a numeric cell with a format showing the same decimals. */
    XlsxSheet amount(String printed) {
        if (printed == null) {
            return text(null);
        }
        BigDecimal value = new BigDecimal(printed);
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        int decimals = Math.max(0, value.scale());
        cell.setCellStyle(styles.number(decimals));
        grow(groupedLength(value, decimals));
        column++;
        return this;
    }

    XlsxSheet integer(Integer value) {
        if (value == null) {
            return text(null);
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer());
        grow(String.valueOf(value).length());
        column++;
        return this;
    }

    /** Widths, frozen header row, auto filter over the table, A4 print setup. */
    void finish(boolean landscape) {
        for (int i = 0; i < maxWidths.size(); i++) {
            int cap = i < widthCaps.size() ? widthCaps.get(i) : 60;
            int units = Math.min(cap, maxWidths.get(i)) + 2;
            sheet.setColumnWidth(i, units * 256);
        }
        sheet.createFreezePane(0, 1);
        int lastRow = Math.max(sheet.getLastRowNum(), 0);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, maxWidths.size() - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        printSetup(sheet, landscape);
    }

    static void printSetup(XSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private void grow(int units) {
        while (maxWidths.size() <= column) {
            maxWidths.add(MIN_WIDTH);
        }
        maxWidths.set(column, Math.max(maxWidths.get(column), units));
    }

    private static int longestLine(String value) {
        int max = 0;
        for (String line : value.split("\n")) {
            max = Math.max(max, width(line));
        }
        return max;
    }

    private static int groupedLength(BigDecimal value, int decimals) {
        String digits = value.abs().setScale(0, java.math.RoundingMode.DOWN).toPlainString();
        int groups = (digits.length() - 1) / 3;
        return digits.length() + groups + (decimals > 0 ? decimals + 1 : 0) + (value.signum() < 0 ? 1 : 0);
    }

    /** Display width in Excel character units: CJK and full-width characters count 2. */
    static int width(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return units;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK punctuation
                || (cp >= 0xFF00 && cp <= 0xFFEF)   // full-width forms
                || (cp >= 0x2018 && cp <= 0x201D)   // curly quotes render wide in CJK fonts
                || cp == 0x2014 || cp == 0x2026;
    }
}
