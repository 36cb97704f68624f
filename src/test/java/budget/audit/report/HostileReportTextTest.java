package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Unit;
import budget.audit.report.json.JsonRenderer;
import budget.audit.report.model.AuditReport;
import budget.audit.report.pdf.PdfRenderer;
import budget.audit.report.xlsx.XlsxRenderer;
import budget.audit.report.xlsx.XlsxText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a filing may carry that XML or Excel cannot hold as it is (issue 12, items 4, 5 and 12): every format is
 * still written, every XML part is well-formed, a long label is cut in XLSX at Excel's limit and in PDF/DOCX at
 * {@link LayoutText#LIMIT} (the JSON keeps it), a long quoted line is cut in every format, formula-like text is
 * quote-prefixed.
 */
class HostileReportTextTest {

    private static final String LONG = "很长的引文" .repeat(8_000) + "结尾";   // 40,002 characters
    private static final String CONTROL_DEPARTMENT = "测试\u0001区\u001b审计局\uFFFE\uFFFF\uD800";

    private static AuditReport report(String department, String longText) {
        return report(department, longText, "=支出合计");
    }

    private static AuditReport report(String department, String longText, String label) {
        BudgetFiling base = ReportFixture.filing();
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(Fact.prose(FactKeys.EXPENDITURE_TOTAL, label, Amount.of("100", Unit.WAN_YUAN),
                ReportFixture.at(50, longText)));
        BudgetFiling filing = new BudgetFiling(base.document(), department, base.year(), base.kind(), facts,
                base.tables(), base.issues(), base.documentKind(), base.content());
        return ReportBuilder.build(filing, ReportFixture.catalogue(), ReportFixture.checks(),
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), LocalDate.of(2026, 1, 5), ReportFixture.engine());
    }

    private static byte[] render(Renderer renderer, AuditReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return out.toByteArray();
    }

    @Test
    void textOverExcelsCellLimitIsCutInXlsxOnly() throws Exception {
        AuditReport report = report(ReportFixture.DEPARTMENT, "一般公共预算支出100万元", LONG);
        byte[] xlsx = render(new XlsxRenderer(ReportFixture.engine()), report);
        boolean cut = false;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().endsWith(XlsxText.CUT_MARKER)) {
                            cut = true;
                            assertEquals(XlsxText.MAX_CELL, cell.getStringCellValue().length());
                            assertTrue(cell.getStringCellValue().startsWith("很长的引文很长的引文"));
                        }
                    }
                }
            }
        }
        assertTrue(cut, "the long text is cut with the visible marker");
        String json = new String(render(new JsonRenderer(), report), StandardCharsets.UTF_8);
        assertTrue(json.contains(LONG), "JSON keeps the whole label");
        byte[] pdf = render(new PdfRenderer(ReportFixture.engine()), report);
        assertTrue(pdf.length > 0);
    }

    /**
     * A quoted source line is quoted by every amount on it: a line over {@link LayoutText#LIMIT} characters is cut
     * in the report model (every format), or one 1 MB line with 20,000 amounts makes gigabytes of reports.
     */
    @Test
    void aLongQuotedLineIsCutInEveryFormat() throws Exception {
        AuditReport report = report(ReportFixture.DEPARTMENT, LONG);
        String json = new String(render(new JsonRenderer(), report), StandardCharsets.UTF_8);
        assertFalse(json.contains("很长的引文".repeat(101)), "JSON quotes the beginning only");
        assertTrue(json.contains("很长的引文".repeat(100) + "…（原文共40002字，以下从略）"), "and says how long it was");
    }

    @Test
    void controlCharactersNeverBreakAReportOrAnXmlPart() throws Exception {
        AuditReport report = report(CONTROL_DEPARTMENT, "=SUM(A1:A9)+1\u0007");
        byte[] xlsx = assertDoesNotThrow(() -> render(new XlsxRenderer(ReportFixture.engine()), report));
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    byte[] xml = zip.readAllBytes();
                    assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(xml)), e.getName());
                    parts++;
                }
            }
        }
        assertTrue(parts > 5);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String title = wb.getProperties().getCoreProperties().getTitle();
            assertTrue(title.startsWith("测试\uFFFD区\uFFFD审计局\uFFFD\uFFFD\uFFFD"), title);
        }
        for (boolean pdfa : new boolean[]{false, true}) {
            byte[] pdf = assertDoesNotThrow(() -> render(new PdfRenderer(ReportFixture.engine(), pdfa), report));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String title = doc.getDocumentInformation().getTitle();
                assertTrue(title.startsWith("测试") && title.contains("区") && title.chars().allMatch(c -> c >= 0x20),
                        title);
                if (pdfa) {
                    byte[] xmp = doc.getDocumentCatalog().getMetadata().toByteArray();
                    assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(xmp)));
                }
            }
        }
        String json = new String(render(new JsonRenderer(), report), StandardCharsets.UTF_8);
        assertTrue(json.contains("\\u0001") && json.contains("\\u001B"), "JSON keeps the characters, escaped");
    }

    @Test
    void formulaLikeTextCarriesTheQuotePrefix() throws Exception {
        byte[] xlsx = render(new XlsxRenderer(ReportFixture.engine()), report(ReportFixture.DEPARTMENT, "=SUM(A1)"));
        int quoted = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String v = cell.getStringCellValue();
                        boolean formulaLike = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
                        assertEquals(formulaLike, cell.getCellStyle().getQuotePrefixed(),
                                sheet.getSheetName() + "!" + cell.getAddress() + " " + v);
                        quoted += formulaLike ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(quoted >= 2, "=支出合计 and =SUM(A1) are quote-prefixed");
        assertFalse(XlsxText.quoted("一般公共预算"));
    }

    /** Issue 12, item 13: a character the fonts lack is shown as 〓 and noted in the PDF; JSON and XLSX keep it. */
    @Test
    void charactersTheFontsLackAreMarkedAndNoted() throws Exception {
        String quote = "公务接待费\uD840\uDC00（𠀀）😀3.9万元";
        AuditReport report = report(ReportFixture.DEPARTMENT, quote, quote);
        String text;
        try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(ReportFixture.engine()), report))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("公务接待费〓（〓）〓3.9万元"), text);
        assertTrue(text.contains("U+1F600、U+20000"), text);
        assertTrue(text.contains("以“〓”代替"), text);
        String json = new String(render(new JsonRenderer(), report), StandardCharsets.UTF_8);
        // Jackson may write a character outside the BMP as an escaped surrogate pair: compare the parsed text
        String parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString();
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).findValuesAsText("label")
                .contains(quote), parsed.length() + " JSON keeps the characters");
        byte[] xlsx = render(new XlsxRenderer(ReportFixture.engine()), report);
        boolean kept = false;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        kept |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("（𠀀）😀");
                    }
                }
            }
        }
        assertTrue(kept, "XLSX keeps the characters");
    }

    /**
     * Issue 12, acceptance (whole-pipeline fuzz input #219 of seed 20260115): a table cell of 100,000 characters took
     * about 30 s to lay out in the PDF. The PDF and DOCX show its beginning and a marker with the length; the JSON
     * keeps it whole.
     */
    @Test
    void aHundredThousandCharacterTextIsCutInPdfAndDocx() throws Exception {
        String huge = "长".repeat(100_000);
        AuditReport report = report(ReportFixture.DEPARTMENT, "一般公共预算支出100万元", huge);
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(ReportFixture.engine()), report))) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        // the finding row may continue on the next page, so the kept characters are counted, not one run
        assertEquals(LayoutText.KEEP, pdfText.chars().filter(c -> c == '长').count(),
                "the PDF shows the first 500 characters");
        assertTrue(pdfText.contains("长…（原文共100000字，以下从略）"), "the PDF says how much is left out");
        String docxText;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new ByteArrayInputStream(render(new budget.audit.report.docx.DocxRenderer(ReportFixture.engine()),
                        report)));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            docxText = extractor.getText().replaceAll("\\s+", "");
        }
        assertEquals(LayoutText.KEEP, longestRun(docxText, '长'), "the DOCX shows the first 500 characters");
        assertTrue(docxText.contains("长…（原文共100000字，以下从略）"), "the DOCX says how much is left out");
        String json = new String(render(new JsonRenderer(), report), StandardCharsets.UTF_8);
        assertTrue(json.contains(huge), "JSON keeps the whole text");
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
