package budget.audit.ingest.office;

import budget.audit.ingest.InputFormat;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MergedCellsTest {

    @org.junit.jupiter.api.Test
    void docxGridSpanAndVerticalMergeKeepColumnsAligned() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(3, 3);
            // row 0: "项目" spans two rows (vMerge), "预算数" spans two columns (gridSpan)
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(0).getCell(1).setText("预算数");
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(2);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // continuation
            table.getRow(1).getCell(1).setText("本年");
            table.getRow(1).getCell(2).setText("上年");
            table.getRow(2).getCell(0).setText("合计");
            table.getRow(2).getCell(1).setText("10.00");
            table.getRow(2).getCell(2).setText("9.00");
            document.write(out);
            docx = out.toByteArray();
        }
        SourceDocument doc = new DocxReader().read(Path.of("m.docx"), docx, "h");
        assertEquals(List.of("项目\t预算数\t", "\t本年\t上年", "合计\t10.00\t9.00"),
                doc.lines().stream().map(SourceLine::text).toList());
        assertEquals("表1第2行", doc.lines().get(1).place());
    }

    @org.junit.jupiter.api.Test
    void xlsMergedHeaderValueSitsInFirstCell() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("1.9部门“三公”经费和机关运行经费预算表");
            Row header = sheet.createRow(0);
            header.createCell(1).setCellValue("“三公”经费预算数");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 3));
            Row values = sheet.createRow(1);
            values.createCell(0).setCellValue("合计");
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (int c = 1; c <= 3; c++) {
                values.createCell(c).setCellValue(c == 1 ? 1234.5 : c);
                values.getCell(c).setCellStyle(style);
            }
            workbook.write(out);
            xls = out.toByteArray();
        }
        SourceDocument doc = new SpreadsheetReader(InputFormat.XLS).read(Path.of("m.xls"), xls, "h");
        assertEquals(List.of("1.9部门“三公”经费和机关运行经费预算表", "\t“三公”经费预算数\t\t", "合计\t1,234.50\t2.00\t3.00"),
                doc.lines().stream().map(SourceLine::text).toList());
        assertEquals(List.of("A2", "B2", "C2", "D2"), doc.lines().get(2).cellRefs());
        assertEquals("XLS", doc.format());
    }
}
