package budget.audit.batch;

import budget.audit.engine.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the batch overview in the requested formats: summary.json, 汇总.xlsx, 汇总.pdf, 汇总.docx (the same
 * overview as the PDF, editable; with --format docx), each atomically.
 */
public final class SummaryWriter {

    public static final String JSON_NAME = "summary.json";
    public static final String XLSX_NAME = "汇总.xlsx";
    public static final String PDF_NAME = "汇总.pdf";
    public static final String DOCX_NAME = "汇总.docx";

    private final Path templatesDir;

    public SummaryWriter(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    public void writeAll(BatchSummary summary, Path outputDir, List<String> formats) throws IOException {
        if (formats.contains("json")) {
            AtomicFiles.write(outputDir.resolve(JSON_NAME), json(summary));
        }
        if (formats.contains("xlsx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SummaryXlsx().write(summary, out);
            AtomicFiles.write(outputDir.resolve(XLSX_NAME), out.toByteArray());
        }
        if (formats.contains("pdf")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SummaryPdf(templatesDir).write(summary, out);
            AtomicFiles.write(outputDir.resolve(PDF_NAME), out.toByteArray());
        }
        if (formats.contains("docx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SummaryPdf(templatesDir).writeDocx(summary, out);
            AtomicFiles.write(outputDir.resolve(DOCX_NAME), out.toByteArray());
        }
    }

    public static byte[] json(BatchSummary summary) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary);
    }
}
