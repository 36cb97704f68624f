package budget.audit.report.xlsx;

import budget.audit.report.Labels;
import budget.audit.report.XmlText;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.CellEntry;
import budget.audit.report.model.AuditReport.TableEntry;
import budget.audit.report.model.AuditReport.TableRowEntry;
import budget.audit.report.xlsx.XlsxStyles.Mark;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One 表格复核 sheet per table read: the table reproduced (编码, 名称, the amount columns), a 计算数 column beside
 * each column some check tested, failing cells filled red and rounding-only (or truncated) cells yellow, and a
 * 核对说明 column naming the rules and outcomes of the row's marked cells. Sheet names: the table's label or a
 * shortened title, at most 31 characters, unique.
 */
final class XlsxTableSheets {

    static final int MAX_NAME = 31;

    private XlsxTableSheets() {
    }

    static void write(XSSFWorkbook workbook, XlsxStyles styles, AuditReport report, Labels l) {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            used.add(workbook.getSheetName(i).toLowerCase());
        }
        for (TableEntry t : report.tables()) {
            String name = uniqueName(sheetName(t, l), used);
            sheet(workbook.createSheet(name), styles, t, l);
        }
    }

    /** "表格复核-附件3", else the title without its leading year, shortened to 31 characters. */
    static String sheetName(TableEntry t, Labels l) {
        String side = t.title() != null && t.title().endsWith("（收入）") ? "（收入）"
                : t.title() != null && t.title().endsWith("（支出）") ? "（支出）" : "";
        String base = t.label() != null && !t.label().isBlank() ? t.label().strip() + side
                : (t.title() == null ? "" : t.title().replaceFirst("^\\d{4}\\s*年", ""));
        String name = XmlText.clean(l.get("xlsx.sheet.table") + "-" + base).replace(XmlText.REPLACEMENT, '_')
                .replaceAll("[\\[\\]:*?/\\\\']", "_");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, 14) + "…" + name.substring(name.length() - (MAX_NAME - 15));
        }
        return name;
    }

    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; used.contains(candidate.toLowerCase()); n++) {
            String suffix = "(" + n + ")";
            candidate = (name.length() + suffix.length() > MAX_NAME
                    ? name.substring(0, MAX_NAME - suffix.length()) : name) + suffix;
        }
        used.add(candidate.toLowerCase());
        return candidate;
    }

    private static void sheet(XSSFSheet sheet, XlsxStyles styles, TableEntry t, Labels l) {
        int n = t.columns().size();
        boolean[] checked = new boolean[n];
        for (TableRowEntry r : t.data()) {
            for (int c = 0; c < Math.min(n, r.cells().size()); c++) {
                checked[c] |= r.cells().get(c).status() != null;
            }
        }
        List<String> heads = new ArrayList<>(List.of(l.get("xlsx.table.code"), l.get("xlsx.table.name")));
        for (int c = 0; c < n; c++) {
            heads.add(t.columns().get(c));
            if (checked[c]) {
                heads.add(t.columns().get(c) + l.get("xlsx.table.computed"));
            }
        }
        heads.add(l.get("xlsx.table.line"));
        heads.add(l.get("xlsx.table.note"));

        Row title = sheet.createRow(0);
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(XlsxText.cell(t.reference()
                + (t.unit() == null ? "" : "（" + l.get("xlsx.table.unit") + t.unit() + "）")));
        titleCell.setCellStyle(styles.title());
        Row head = sheet.createRow(1);
        for (int i = 0; i < heads.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(XlsxText.cell(heads.get(i)));
            cell.setCellStyle(styles.header());
        }
        int rowIndex = 2;
        for (TableRowEntry r : t.data()) {
            Row row = sheet.createRow(rowIndex++);
            int col = 0;
            text(row, col++, r.code(), styles);
            text(row, col++, r.name(), styles);
            List<String> notes = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                CellEntry e = c < r.cells().size() ? r.cells().get(c) : new CellEntry(null, null, null, null);
                Mark mark = mark(e.status());
                amount(row, col++, e.value(), mark, styles);
                if (checked[c]) {
                    amount(row, col++, e.computed(), null, styles);
                }
                if (mark != null) {
                    notes.add(t.columns().get(c) + "：" + e.rules() + " " + l.code("outcome", e.status())
                            + (e.computed() == null ? "" : "（" + l.get("col.computed") + e.computed() + "）"));
                }
            }
            Cell line = row.createCell(col++);
            line.setCellStyle(styles.integer());
            if (r.line() != null) {
                line.setCellValue(r.line());
            }
            text(row, col, String.join("；", notes), styles);
        }
        int legend = rowIndex + 1;
        text(sheet.createRow(legend), 0, l.get("xlsx.table.legend"), styles);
        if (t.note() != null && !t.note().isBlank()) {
            text(sheet.createRow(legend + 1), 0, t.note(), styles);
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        for (int i = 2; i < heads.size() - 1; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.setColumnWidth(heads.size() - 1, 60 * 256);
        sheet.createFreezePane(2, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("2:2"));
        XlsxSheet.printSetup(sheet, true);
    }

    private static Mark mark(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "FAIL" -> Mark.RED;
            case "ROUNDING", "TRUNCATION" -> Mark.YELLOW;
            default -> null;
        };
    }

    private static void text(Row row, int col, String value, XlsxStyles styles) {
        Cell cell = row.createCell(col);
        String stored = XlsxText.cell(value);
        cell.setCellStyle(styles.text(stored));
        if (stored != null) {
            cell.setCellValue(stored);
        }
    }

    private static void amount(Row row, int col, String printed, Mark mark, XlsxStyles styles) {
        Cell cell = row.createCell(col);
        if (printed == null) {
            cell.setCellStyle(mark == null ? styles.text() : styles.number(0, mark));
            return;
        }
        BigDecimal value = new BigDecimal(printed);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.number(Math.max(0, value.scale()), mark));
    }
}
