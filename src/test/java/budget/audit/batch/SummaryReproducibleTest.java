package budget.audit.batch;

import budget.audit.support.CliRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch overview (汇总.pdf, 汇总.xlsx) has the same bytes for the same filings and report date. */
class SummaryReproducibleTest {

    @TempDir
    static Path dir;

    private static Path first;
    private static Path second;

    @BeforeAll
    static void runTwice() throws Exception {
        Path in = dir.resolve("in");
        BatchFixtures.generate(in, 11, 1, 3);
        first = dir.resolve("out1");
        second = dir.resolve("out2");
        for (Path out : List.of(first, second)) {
            CliRunner.Result r = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--date", "2026-01-15",
                    "--jobs", "2", "--fail-on", "never");
            assertEquals(0, r.exitCode(), r.out() + r.err());
        }
    }

    @Test
    void overviewPdfIsByteIdenticalWithReportDateAndSeededSubsets() throws Exception {
        byte[] a = Files.readAllBytes(first.resolve(SummaryWriter.PDF_NAME));
        assertArrayEquals(a, Files.readAllBytes(second.resolve(SummaryWriter.PDF_NAME)));
        try (PDDocument doc = Loader.loadPDF(a)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            Calendar expected = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
            expected.clear();
            expected.set(2026, Calendar.JANUARY, 15, 0, 0, 0);
            assertEquals(expected.getTimeInMillis(), created.getTimeInMillis());
            assertEquals(created.getTimeInMillis(),
                    doc.getDocumentInformation().getModificationDate().getTimeInMillis());
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSerifSC.*")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSansSC.*")), fonts.toString());
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("2026年1月15日"));
        }
    }

    @Test
    void overviewXlsxIsByteIdenticalWithFixedEntryTimesAndDates() throws Exception {
        Path xlsx = first.resolve(SummaryWriter.XLSX_NAME);
        byte[] a = Files.readAllBytes(xlsx);
        assertArrayEquals(a, Files.readAllBytes(second.resolve(SummaryWriter.XLSX_NAME)));
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2026, 1, 15, 0, 0), e.getTimeLocal(), e.getName());
                entries++;
            }
        }
        assertTrue(entries > 5, "entries: " + entries);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var core = wb.getProperties().getCoreProperties();
            long expected = LocalDateTime.of(2026, 1, 15, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            assertEquals(expected, core.getCreated().getTime());
            assertEquals(expected, core.getModified().getTime());
            assertEquals(SummaryXlsx.SHEETS.length, wb.getNumberOfSheets());
            assertEquals(4, wb.getSheet(SummaryXlsx.SHEETS[0]).getLastRowNum() + 1, "header + 3 filings");
        }
    }

    @Test
    void entryTimesSurviveAnotherTimeZone() throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] zip = Files.readAllBytes(first.resolve(SummaryWriter.XLSX_NAME));
            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
            budget.audit.report.xlsx.FixedTimeZip.copy(zip, copy, java.time.LocalDate.of(2026, 1, 15));
            assertArrayEquals(zip, copy.toByteArray());
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
