package budget.audit.ingest;

import budget.audit.engine.AuditResult;
import budget.audit.support.Audits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 11, item 4: the tool's own reports (PDF, XLSX, JSON) are refused with one clear reason, filings are not. */
class OwnReportTest {

    @TempDir
    static Path out;

    static AuditResult result;

    @BeforeAll
    static void audit() {
        result = Audits.audit(Path.of("samples", "02-青石街道社区服务中心-2024年单位预算.txt"), out,
                "pdf", "xlsx", "json", "docx");
    }

    private static Path output(String ext) {
        return result.outputs().stream().filter(p -> p.toString().endsWith("." + ext)).findFirst().orElseThrow();
    }

    private static void refused(Path report) {
        InputException e = assertThrows(InputException.class, () -> new Ingest().read(report), report.toString());
        assertEquals("这是 budget-audit 生成的审核报告，不是预算公开文件", e.reason());
    }

    @Test
    void ownPdfReportIsRefused() {
        refused(output("pdf"));
    }

    @Test
    void ownXlsxReportIsRefused() {
        refused(output("xlsx"));
    }

    @Test
    void ownDocxReportIsRefusedAndSkippedInFolderScans() {
        refused(output("docx"));
        org.junit.jupiter.api.Assertions.assertTrue(OwnReport.isOwnReportFile(output("docx")));
    }

    @Test
    void ownJsonReportIsRefused() {
        refused(output("json"));
    }

    @Test
    void ownReportRenamedIsStillRefused() throws Exception {
        Path renamed = Files.copy(output("json"), out.resolve("renamed.txt"));
        refused(renamed);
    }

    @Test
    void filingsAreNotTakenForReports() throws Exception {
        assertFalse(OwnReport.isOwnReport(FixtureDocuments.pdf(), InputFormat.PDF));
        assertFalse(OwnReport.isOwnReport(
                Files.readAllBytes(Path.of("samples", "02-青石街道社区服务中心-2024年单位预算.txt")), InputFormat.TEXT));
        assertFalse(OwnReport.isOwnReport("{\"tool\": {\"name\": \"other\"}}".getBytes(), InputFormat.TEXT));
    }
}
