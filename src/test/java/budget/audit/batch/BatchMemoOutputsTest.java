package budget.audit.batch;

import budget.audit.ingest.FixtureDocuments;
import budget.audit.support.CliRunner;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch with --format …,docx,annotated: 汇总.docx beside 汇总.pdf, the annotated copy beside its filing's reports. */
class BatchMemoOutputsTest {

    @TempDir
    Path dir;

    @Test
    void summaryDocxAndAnnotatedCopies() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(Path.of("samples/01-滨江区文化和旅游局-2024年部门预算.txt"), dir.resolve("in/01.txt"));
        Files.write(in.resolve("fixture.pdf"), FixtureDocuments.pdf());
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("batch", dir.resolve("in").toString(), "-o", out.toString(),
                "--format", "pdf,json,docx,annotated", "--date", "2026-01-05", "--fail-on", "never", "--jobs", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve(SummaryWriter.PDF_NAME)));
        Path docx = out.resolve(SummaryWriter.DOCX_NAME);
        try (InputStream s = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(s)) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("一、总体情况"), text);
        }
        assertTrue(Files.exists(out.resolve("sub/fixture-标注.pdf")), "annotated copy beside its reports");
        assertTrue(Files.exists(out.resolve("sub/fixture.docx")));
        assertFalse(Files.exists(out.resolve("01-标注.pdf")), "no annotated copy of a text file");

        Path again = dir.resolve("again");
        CliRunner.run("batch", dir.resolve("in").toString(), "-o", again.toString(),
                "--format", "pdf,json,docx,annotated", "--date", "2026-01-05", "--fail-on", "never", "--jobs", "1");
        assertArrayEquals(Files.readAllBytes(docx), Files.readAllBytes(again.resolve(SummaryWriter.DOCX_NAME)));
    }
}
