package budget.audit.batch;

import budget.audit.report.xlsx.FixedTimeZip;
import budget.audit.report.xlsx.XlsxText;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 汇总.xlsx: sheets 概况 (one row per filing, links to its reports), 规则矩阵 (filings × rules, coloured outcomes),
 * 全部问题 (every finding, filterable), 输入错误, and 按规则统计 (counts per rule with a real Excel bar chart made
 * with POI's XDDF API). Rows are streamed (SXSSF), so thousands of filings need little memory.
 */
final class SummaryXlsx {

    static final String[] SHEETS = {"概况", "规则矩阵", "全部问题", "输入错误", "按规则统计", "预算与决算交叉核对"};

    private static final Map<String, String> OUTCOME_LABELS = Map.of("PASS", "通过", "FAIL", "不通过",
            "ROUNDING", "尾差", "TRUNCATION", "截断", "NOT_APPLICABLE", "不适用", "INSUFFICIENT_DATA", "数据不足",
            "INTERNAL_ERROR", "内部错误");
    private static final Map<String, String> SEVERITY_LABELS = Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示");

    private CellStyle header;
    private CellStyle link;
    private CellStyle quoted;
    private final Map<String, CellStyle> outcomeStyles = new HashMap<>();

    void write(BatchSummary summary, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        for (String name : SHEETS) {
            base.createSheet(name);
        }
        chartSheet(base, base.getSheet(SHEETS[4]), summary);
        LocalDate date = LocalDate.parse(summary.generatedOn());
        fixProperties(base, summary, date);
        SXSSFWorkbook wb = new SXSSFWorkbook(base, 200);
        Path packaged = Files.createTempFile("budget-audit-summary-", ".xlsx");
        try {
            styles(wb);
            overview(wb.getSheet(SHEETS[0]), wb, summary);
            matrix(wb.getSheet(SHEETS[1]), summary);
            findings(wb.getSheet(SHEETS[2]), summary);
            inputErrors(wb.getSheet(SHEETS[3]), summary);
            crossChecks(wb.getSheet(SHEETS[5]), summary);
            try (OutputStream file = Files.newOutputStream(packaged)) {
                wb.write(file);
            }
            FixedTimeZip.copy(packaged, out, date);
        } finally {
            wb.close();
            wb.dispose();
            Files.deleteIfExists(packaged);
        }
    }

    /** Document dates are the report date (POI would stamp the clock), so the same batch gives the same bytes. */
    private static void fixProperties(XSSFWorkbook base, BatchSummary summary, LocalDate date) {
        Date fixed = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        POIXMLProperties.CoreProperties core = base.getProperties().getCoreProperties();
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator(summary.tool() == null ? "budget-audit" : summary.tool().name());
    }

    private void styles(SXSSFWorkbook wb) {
        quoted = null;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(blue);
        outcomeStyles.put("FAIL", fill(wb, IndexedColors.ROSE));
        outcomeStyles.put("PASS", fill(wb, IndexedColors.LIGHT_GREEN));
        outcomeStyles.put("ROUNDING", fill(wb, IndexedColors.LIGHT_YELLOW));
        outcomeStyles.put("TRUNCATION", fill(wb, IndexedColors.LIGHT_ORANGE));
        outcomeStyles.put("INSUFFICIENT_DATA", fill(wb, IndexedColors.LIGHT_TURQUOISE));
        outcomeStyles.put("INTERNAL_ERROR", fill(wb, IndexedColors.VIOLET));
        outcomeStyles.put("NOT_APPLICABLE", fill(wb, IndexedColors.GREY_25_PERCENT));
    }

    private static CellStyle fill(SXSSFWorkbook wb, IndexedColors color) {
        CellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private void overview(Sheet sheet, SXSSFWorkbook wb, BatchSummary s) {
        String[] head = {"序号", "文件", "单位", "年度", "类型", "审核结论", "错误", "警告", "提示", "尾差", "不通过的规则",
                "PDF 报告", "XLSX 报告", "JSON 报告"};
        headerRow(sheet, head);
        int r = 1;
        for (FilingRow row : s.filings()) {
            Row x = sheet.createRow(r);
            int c = 0;
            x.createCell(c++).setCellValue(r);
            text(x.createCell(c++), row.file());
            text(x.createCell(c++), nz(row.department()));
            if (row.year() != null) {
                x.createCell(c).setCellValue(row.year());
            }
            c++;
            text(x.createCell(c++), nz(row.kind()));
            text(x.createCell(c++), nz(row.verdict()));
            x.createCell(c++).setCellValue(row.errors());
            x.createCell(c++).setCellValue(row.warnings());
            x.createCell(c++).setCellValue(row.infos());
            x.createCell(c++).setCellValue(row.roundings());
            text(x.createCell(c++), String.join("、", row.failedRules()));
            for (String ext : new String[]{".pdf", ".xlsx", ".json"}) {
                String report = row.reports().stream().filter(p -> p.endsWith(ext)
                                && !p.endsWith(budget.audit.report.annotated.AnnotatedPdf.SUFFIX))
                        .findFirst().orElse(null);
                Cell cell = x.createCell(c++);
                if (report != null) {
                    cell.setCellValue(XlsxText.cell(report.substring(report.lastIndexOf('/') + 1)));
                    Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                    h.setAddress(encodeLink(report));
                    cell.setHyperlink(h);
                    cell.setCellStyle(link);
                }
            }
            r++;
        }
        finish(sheet, head.length, r, new int[]{6, 40, 30, 7, 10, 10, 6, 6, 6, 6, 22, 30, 30, 30});
    }

    private void matrix(Sheet sheet, BatchSummary s) {
        List<RuleStat> rules = s.rules();
        String[] head = new String[rules.size() + 2];
        head[0] = "文件";
        head[1] = "单位";
        for (int i = 0; i < rules.size(); i++) {
            head[i + 2] = rules.get(i).id() + " " + rules.get(i).title();
        }
        headerRow(sheet, head);
        int r = 1;
        for (FilingRow row : s.filings()) {
            Row x = sheet.createRow(r++);
            text(x.createCell(0), row.file());
            text(x.createCell(1), nz(row.department()));
            for (int i = 0; i < rules.size(); i++) {
                String outcome = row.outcomes().get(rules.get(i).id());
                if (outcome == null) {
                    continue;
                }
                Cell cell = x.createCell(i + 2);
                cell.setCellValue(XlsxText.cell(OUTCOME_LABELS.getOrDefault(outcome, outcome)));
                CellStyle st = outcomeStyles.get(outcome);
                if (st != null) {
                    cell.setCellStyle(st);
                }
            }
        }
        int[] widths = new int[head.length];
        widths[0] = 40;
        widths[1] = 30;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 14;
        }
        finish(sheet, head.length, r, widths);
    }

    private void findings(Sheet sheet, BatchSummary s) {
        String[] head = {"文件", "单位", "年度", "规则", "规则名称", "级别", "结果", "核对事项", "说明", "公开数", "计算数", "差额",
                "单位（金额）", "原文行号"};
        headerRow(sheet, head);
        int r = 1;
        for (FilingRow row : s.filings()) {
            for (FindingRow f : row.findings()) {
                Row x = sheet.createRow(r++);
                int c = 0;
                text(x.createCell(c++), row.file());
                text(x.createCell(c++), nz(row.department()));
                if (row.year() != null) {
                    x.createCell(c).setCellValue(row.year());
                }
                c++;
                text(x.createCell(c++), nz(f.rule()));
                text(x.createCell(c++), nz(f.title()));
                text(x.createCell(c++), SEVERITY_LABELS.getOrDefault(f.severity(), nz(f.severity())));
                text(x.createCell(c++), OUTCOME_LABELS.getOrDefault(f.outcome(), nz(f.outcome())));
                text(x.createCell(c++), nz(f.subject()));
                text(x.createCell(c++), nz(f.message()));
                text(x.createCell(c++), nz(f.stated()));
                text(x.createCell(c++), nz(f.computed()));
                text(x.createCell(c++), nz(f.difference()));
                text(x.createCell(c++), nz(f.unit()));
                if (f.line() != null) {
                    x.createCell(c).setCellValue(f.line());
                }
            }
        }
        finish(sheet, head.length, r, new int[]{40, 30, 7, 8, 24, 6, 8, 30, 60, 14, 14, 12, 8, 8});
    }

    private void inputErrors(Sheet sheet, BatchSummary s) {
        String[] head = {"文件", "原因", "类型"};
        headerRow(sheet, head);
        int r = 1;
        for (InputErrorRow e : s.inputErrors()) {
            Row x = sheet.createRow(r++);
            text(x.createCell(0), e.file());
            text(x.createCell(1), e.reason());
            text(x.createCell(2), e.internal() ? "内部错误" : "输入错误");
        }
        finish(sheet, head.length, r, new int[]{50, 70, 10});
    }

    /**
     * 预算与决算交叉核对: one row per figure of each 预算–决算 pair (JS011); a pair with nothing compared, or an
     * ambiguous group, is one row with the reason.
     */
    private void crossChecks(Sheet sheet, BatchSummary s) {
        String[] head = {"单位", "年度", "部门决算文件", "部门预算文件", "配对结论", "核对事项", "结果", "级别", "决算数字", "决算位置",
                "预算数字", "预算位置", "差额", "单位（金额）", "说明"};
        headerRow(sheet, head);
        int r = 1;
        for (CrossCheckRow c : s.crossChecks()) {
            List<CrossCheckRow.Figure> figures = c.figures().isEmpty() ? java.util.Collections.singletonList(null)
                    : c.figures();
            for (CrossCheckRow.Figure f : figures) {
                Row x = sheet.createRow(r++);
                int col = 0;
                text(x.createCell(col++), nz(c.department()));
                if (c.year() != null) {
                    x.createCell(col).setCellValue(c.year());
                }
                col++;
                text(x.createCell(col++), nz(c.finalFile()));
                text(x.createCell(col++), nz(c.budgetFile()));
                text(x.createCell(col++), nz(c.verdict()));
                if (f == null) {
                    col += 9;
                    text(x.createCell(col), nz(c.reason()));
                    continue;
                }
                text(x.createCell(col++), nz(f.subject()));
                text(x.createCell(col++), OUTCOME_LABELS.getOrDefault(f.outcome(), nz(f.outcome())));
                text(x.createCell(col++), f.severity() == null ? "" : SEVERITY_LABELS.getOrDefault(f.severity(), f.severity()));
                text(x.createCell(col++), nz(f.finalValue()));
                text(x.createCell(col++), nz(f.finalAt()));
                text(x.createCell(col++), nz(f.budgetValue()));
                text(x.createCell(col++), nz(f.budgetAt()));
                text(x.createCell(col++), nz(f.difference()));
                text(x.createCell(col++), nz(f.unit()));
                text(x.createCell(col), nz(f.message()));
            }
        }
        finish(sheet, head.length, r, new int[]{30, 7, 40, 40, 10, 30, 8, 6, 14, 40, 14, 40, 12, 8, 80});
    }

    /** The per-rule counts and a clustered bar chart of them (XDDF: a real chart Excel can edit). */
    private static void chartSheet(XSSFWorkbook wb, XSSFSheet sheet, BatchSummary s) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle h = wb.createCellStyle();
        h.setFont(bold);
        String[] head = {"规则", "规则名称", "级别", "不通过的文件数", "问题数", "尾差文件数", "通过文件数", "不适用文件数", "截断文件数",
            "数据不足文件数", "内部错误文件数"};
        Row hr = sheet.createRow(0);
        for (int i = 0; i < head.length; i++) {
            Cell c = hr.createCell(i);
            c.setCellValue(head[i]);
            c.setCellStyle(h);
        }
        int r = 1;
        for (RuleStat st : s.rules()) {
            Row x = sheet.createRow(r++);
            textCell(x.createCell(0), st.id());
            textCell(x.createCell(1), st.title());
            x.createCell(2).setCellValue(st.severity() == null ? "" : SEVERITY_LABELS.getOrDefault(st.severity(), st.severity()));
            x.createCell(3).setCellValue(st.failed());
            x.createCell(4).setCellValue(st.findings());
            x.createCell(5).setCellValue(st.roundings());
            x.createCell(6).setCellValue(st.passed());
            x.createCell(7).setCellValue(st.notApplicable());
            x.createCell(8).setCellValue(st.truncations());
            x.createCell(9).setCellValue(st.insufficient());
            x.createCell(10).setCellValue(st.internalErrors());
        }
        int[] widths = {8, 30, 6, 14, 10, 12, 12, 12, 12, 14, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int last = Math.max(1, s.rules().size());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 10, last + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("按规则统计的问题数");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("规则");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("数量");
        XDDFCategoryDataSource ids = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, last, 0, 0));
        XDDFNumericalDataSource<Double> findings = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, last, 4, 4));
        XDDFNumericalDataSource<Double> failed = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, last, 3, 3));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.addSeries(ids, findings).setTitle("问题数", null);
        data.addSeries(ids, failed).setTitle("不通过的文件数", null);
        chart.plot(data);
    }

    private void headerRow(Sheet sheet, String[] head) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < head.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(XlsxText.cell(head[i]));
            c.setCellStyle(header);
        }
    }

    private static void finish(Sheet sheet, int columns, int rows, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        if (rows > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
        }
    }

    /** Relative file links: each path segment percent-encoded (Chinese names stay links that Excel opens). */
    static String encodeLink(String relative) {
        StringBuilder sb = new StringBuilder();
        for (String part : relative.split("/")) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** A text cell: safe for XML, cut at Excel's limit, quote-prefixed when it starts with = + - @. */
    private void text(Cell cell, String value) {
        String stored = XlsxText.cell(value);
        cell.setCellValue(stored);
        if (XlsxText.quoted(stored)) {
            if (quoted == null) {
                quoted = cell.getSheet().getWorkbook().createCellStyle();
                quoted.setQuotePrefixed(true);
            }
            cell.setCellStyle(quoted);
        }
    }

    /** As {@link #text(Cell, String)} for the few cells of the chart sheet (its own workbook). */
    private static void textCell(Cell cell, String value) {
        String stored = XlsxText.cell(value);
        cell.setCellValue(stored);
        if (XlsxText.quoted(stored)) {
            CellStyle quoted = cell.getSheet().getWorkbook().createCellStyle();
            quoted.setQuotePrefixed(true);
            cell.setCellStyle(quoted);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
