package budget.audit.report;

import budget.audit.report.model.AuditReport;
import budget.audit.report.xlsx.XlsxRenderer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxRendererTest {

    private static AuditReport report;
    private static byte[] xlsx;

    @BeforeAll
    static void render() throws Exception {
        report = ReportFixture.report();
        xlsx = render(report);
        Path out = Path.of("target", "report-test", "report.xlsx");
        Files.createDirectories(out.getParent());
        Files.write(out, xlsx);
    }

    private static byte[] render(AuditReport r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer(ReportFixture.engine()).render(r, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open() throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void fourSheetsWithFrozenHeaderAndFilter() throws Exception {
        try (XSSFWorkbook wb = open()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("概况", "问题清单", "规则执行情况", "关键数据", "核对范围", "表格复核-附件8"), names);
            for (int i = 0; i < 4; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, sheet.getSheetName());
                assertTrue(pane.isFreezePane());
                assertEquals(1, pane.getHorizontalSplitPosition());
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            }
            assertEquals("A1:O4", wb.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void oneFindingRowPerFindingWithNumericAmounts() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet("问题清单");
            assertEquals(report.findings().size(), sheet.getLastRowNum());
            assertEquals("规则编号", sheet.getRow(0).getCell(1).getStringCellValue());
            for (int i = 0; i < report.findings().size(); i++) {
                XSSFRow row = sheet.getRow(i + 1);
                assertEquals(report.findings().get(i).rule(), row.getCell(1).getStringCellValue());
                assertEquals(report.findings().get(i).message(), row.getCell(6).getStringCellValue());
            }
            XSSFRow first = sheet.getRow(1);
            assertEquals("错误", first.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(7).getCellType());
            assertEquals(12.5, first.getCell(7).getNumericCellValue());
            assertEquals("#,##0.0", first.getCell(7).getCellStyle().getDataFormatString());
            assertEquals(0.3, first.getCell(9).getNumericCellValue(), 1e-12);
            assertEquals("10、11、12", first.getCell(11).getStringCellValue());
            assertEquals("#,##0.00", sheet.getRow(3).getCell(8).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void rulesAndFactsSheets() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet rules = wb.getSheet("规则执行情况");
            assertEquals(report.rules().size(), rules.getLastRowNum());
            assertEquals("不适用", rules.getRow(6).getCell(6).getStringCellValue());
            XSSFSheet facts = wb.getSheet("关键数据");
            assertEquals(report.facts().size(), facts.getLastRowNum());
            XSSFRow income = facts.getRow(6);
            assertEquals(CellType.STRING, income.getCell(3).getCellType(), "=SUM(...) stays text");
            assertEquals("=SUM(收入)", income.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, income.getCell(4).getCellType());
            assertEquals(1523.26, income.getCell(4).getNumericCellValue());
            assertEquals(31, income.getCell(9).getNumericCellValue());
            XSSFRow vehicles = facts.getRow(7);
            assertEquals("#,##0", vehicles.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(CellType.BLANK, facts.getRow(5).getCell(4).getCellType(), "unreadable has no value");
            assertEquals("无法识别", facts.getRow(5).getCell(8).getStringCellValue());
            XSSFRow change = facts.getRow(4);
            assertEquals(-2.8, change.getCell(4).getNumericCellValue());
            // CJK counts two units: the 名称 column fits "公务用车购置及运行费" (10 hanzi = 20 units + 2)
            assertEquals(22 * 256, facts.getColumnWidth(3));
        }
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() throws Exception {
        assertArrayEquals(xlsx, render(ReportFixture.report()));
    }
}
