package budget.audit.batch;

import budget.audit.engine.AtomicFiles;
import budget.audit.engine.PathEncoding;
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
        String step = JSON_NAME;
        try {
            if (formats.contains("json")) {
                AtomicFiles.write(outputDir.resolve(JSON_NAME), json(summary));
            }
            if (formats.contains("xlsx")) {
                step = name(XLSX_NAME);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new SummaryXlsx().write(summary, out);
                AtomicFiles.write(outputDir.resolve(step), out.toByteArray());
            }
            if (formats.contains("pdf")) {
                step = name(PDF_NAME);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new SummaryPdf(templatesDir).write(summary, out);
                AtomicFiles.write(outputDir.resolve(step), out.toByteArray());
            }
            if (formats.contains("docx")) {
                step = name(DOCX_NAME);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new SummaryPdf(templatesDir).writeDocx(summary, out);
                AtomicFiles.write(outputDir.resolve(step), out.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure(step, e, summary.totals());
        }
    }

    /**
     * 汇总.xlsx / 汇总.pdf, or summary.xlsx / summary.pdf when the locale cannot spell a Chinese file name (the jar
     * run directly with LANG unset): the batch's own overview must never be what fails.
     */
    static String name(String chinese) {
        return PathEncoding.representable(chinese) ? chinese : "summary" + chinese.substring(chinese.lastIndexOf('.'));
    }

    /**
     * The overview could not be written (disk full, folder removed…): says which file failed and why, and what the
     * batch did audit — every filing's own reports are already written.
     */
    public static final class Failure extends IOException {
        Failure(String file, Exception cause, BatchSummary.Totals t) {
            super("汇总未能写出（" + file + "：" + reason(cause) + "）。各文件的审核报告已写出：已审核 " + t.audited()
                    + " 个文件（其中沿用已有结果 " + t.resumed() + " 个），有错误 " + t.withErrors() + " 个，无法审核 "
                    + t.inputErrors() + " 个；排除原因后可用 --resume 重新生成汇总", cause);
        }

        private static String reason(Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "文件夹不存在：" + m;
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "没有写入权限：" + m;
            }
            if (m.contains("No space left")) {
                return "磁盘空间不足";
            }
            return m;
        }
    }

    public static byte[] json(BatchSummary summary) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary);
    }
}
