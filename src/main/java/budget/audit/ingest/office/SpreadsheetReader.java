package budget.audit.ingest.office;

import budget.audit.ingest.DocumentReader;
import budget.audit.ingest.InputException;
import budget.audit.ingest.InputFormat;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an XLSX (XSSF) or XLS (HSSF) workbook: for each visible sheet a title line (the sheet name), then each
 * non-empty row as a TAB line over the sheet's used columns (a row whose only text is in the first used column,
 * such as a table title or "单位：万元", is a plain line), {@code place} = sheet name, {@code cellRefs} = one
 * reference per cell. Numbers are printed as the cell's format displays them (decimals kept); formulas give their
 * cached result and are never evaluated; a merged region's value sits in its first cell, the others are empty.
 */
public final class SpreadsheetReader implements DocumentReader {

    /** Rows read per sheet at most (budget tables have dozens to a few hundred). */
    public static final int MAX_ROWS = 20_000;
    /** Columns read per row at most. */
    public static final int MAX_COLUMNS = 200;

    private final InputFormat format;

    /** @param format {@link InputFormat#XLSX} or {@link InputFormat#XLS} */
    public SpreadsheetReader(InputFormat format) {
        if (format != InputFormat.XLSX && format != InputFormat.XLS) {
            throw new IllegalArgumentException("not a spreadsheet format: " + format);
        }
        this.format = format;
    }

    @Override
    public SourceDocument read(Path file, byte[] content, String sha256) throws InputException {
        String name = file.getFileName().toString();
        List<SourceLine> lines = new ArrayList<>();
        try (Workbook workbook = open(content)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                readSheet(workbook.getSheetAt(s), formatter, lines);
            }
        } catch (Exception e) {
            throw OfficeFailures.damaged(name, content, format.name() + "文件已损坏", e);
        }
        return new SourceDocument(name, sha256, format.name(), null, lines);
    }

    private Workbook open(byte[] content) throws IOException {
        return format == InputFormat.XLSX
                ? new XSSFWorkbook(new ByteArrayInputStream(content))
                : new HSSFWorkbook(new ByteArrayInputStream(content));
    }

    private static void readSheet(Sheet sheet, DataFormatter formatter, List<SourceLine> lines) {
        String sheetName = sheet.getSheetName();
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        for (int r = sheet.getFirstRowNum(); r <= lastRow && r >= 0; r++) {
            budget.audit.model.Interruption.check();
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = Math.max(row.getFirstCellNum(), 0); c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                if (!text(row.getCell(c), formatter).isEmpty()) {
                    firstColumn = Math.min(firstColumn, c);
                    lastColumn = Math.max(lastColumn, c);
                }
            }
        }
        lines.add(new SourceLine(lines.size() + 1, sheetName, sheetName, null, sheetName, List.of()));
        if (lastColumn < 0) {
            return;
        }
        for (int r = sheet.getFirstRowNum(); r <= lastRow && r >= 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            List<String> refs = new ArrayList<>();
            boolean any = false;
            for (int c = firstColumn; c <= lastColumn; c++) {
                String text = text(row.getCell(c), formatter);
                any |= !text.isEmpty();
                cells.add(text);
                refs.add(new CellReference(r, c).formatAsString(false));
            }
            if (any) {
                if (cells.stream().skip(1).allMatch(String::isEmpty)) {
                    // a caption in the first column (title, "单位：万元", a note): a plain line, no empty cells
                    cells = cells.subList(0, 1);
                    refs = refs.subList(0, 1);
                }
                String line = String.join("\t", cells);
                lines.add(new SourceLine(lines.size() + 1, line, line, null, sheetName, refs));
            }
        }
    }

    /** The cell as displayed (dates and numbers through the cell's format); formulas show their cached value. */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> OfficeText.cell(cell.getRichStringCellValue().getString());
            case NUMERIC -> number(cell, formatter);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        short formatIndex = cell.getCellStyle().getDataFormat();
        String formatString = cell.getCellStyle().getDataFormatString();
        if (formatString == null) {
            formatString = "General";
        }
        return OfficeText.cell(formatter.formatRawCellContents(value, formatIndex, formatString));
    }
}
