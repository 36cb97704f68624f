package budget.audit.hardening;

import budget.audit.engine.AuditListener;
import budget.audit.engine.AuditResult;
import budget.audit.engine.Pipeline;
import budget.audit.ingest.FixtureDocuments;
import budget.audit.ingest.Ingest;
import budget.audit.ingest.InputException;
import budget.audit.model.SourceDocument;
import budget.audit.parse.ProseParser;
import budget.audit.parse.table.TableReader;
import budget.audit.support.Audits;
import budget.audit.support.CliRunner;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile files end in a clear InputException (or a normal read), never in another exception, a hang or a leak
 * of local files. The time bounds below only guard against hangs; they are far above normal run times.
 */
class HostileFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String BOMB = "ERR 文件疑似压缩炸弹（解压后体积异常膨胀），已拒绝读取";
    private static final String NO_BUDGET = "ERR 不是预算公开文件：文中没有“预算”字样";

    @TempDir
    Path dir;

    private String outcome(String name, byte[] bytes) throws Exception {
        return outcome(Files.write(dir.resolve(name), bytes));
    }

    /** "OK n" (n lines read, prose and tables parsed) or "ERR reason". */
    private static String outcome(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                SourceDocument doc = new Ingest().read(file);
                new ProseParser().parse(doc);
                TableReader.read(doc);
                return "OK " + doc.lines().size();
            } catch (InputException e) {
                return "ERR " + e.reason();
            }
        });
    }

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("samples/01-滨江区文化和旅游局-2024年部门预算.txt"));
    }

    private static byte[] xxeDocx(Path secret) {
        return HostileFiles.replaceEntry(FixtureDocuments.docx(), "word/document.xml",
                xml -> HostileFiles.withExternalEntity(xml, "w:document", secret.toUri().toString(), "<w:t>"));
    }

    private static byte[] xxeXlsx(Path secret) {
        return HostileFiles.replaceEntry(FixtureDocuments.xlsx(), "xl/sharedStrings.xml",
                xml -> HostileFiles.withExternalEntity(xml, "sst", secret.toUri().toString(), "<t>"));
    }

    @Test
    void poiZipProtectionsAreAtTheirDefaults() {
        assertEquals(0.01d, ZipSecureFile.getMinInflateRatio());
        assertEquals(0xFFFFFFFFL, ZipSecureFile.getMaxEntrySize());
    }

    @Test
    void docxZipBomb() throws Exception {
        assertEquals(BOMB, outcome("bomb.docx", HostileFiles.docxBomb(50)));
    }

    @Test
    void xlsxZipBomb() throws Exception {
        assertEquals(BOMB, outcome("bomb.xlsx", HostileFiles.xlsxBomb(50)));
    }

    @Test
    void docxExternalEntityIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容XYZ");
        assertEquals("ERR DOCX文件已损坏", outcome("xxe.docx", xxeDocx(secret)));
    }

    @Test
    void xlsxExternalEntityIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容XYZ");
        assertEquals("ERR XLSX文件已损坏", outcome("xxe.xlsx", xxeXlsx(secret)));
    }

    @Test
    void docxEntityExpansionIsRefused() throws Exception {
        byte[] docx = HostileFiles.replaceEntry(FixtureDocuments.docx(), "word/document.xml",
                xml -> HostileFiles.withEntityExpansion(xml, "w:document", "<w:t>"));
        assertEquals("ERR DOCX文件已损坏", outcome("laughs.docx", docx));
    }

    @Test
    void xlsxEntityExpansionIsRefused() throws Exception {
        byte[] xlsx = HostileFiles.replaceEntry(FixtureDocuments.xlsx(), "xl/sharedStrings.xml",
                xml -> HostileFiles.withEntityExpansion(xml, "sst", "<t>"));
        assertEquals("ERR XLSX文件已损坏", outcome("laughs.xlsx", xlsx));
    }

    /** Found by this test: PDFBox's recursive object parser overflowed the stack (StackOverflowError escaped). */
    @Test
    void pdfWithDeeplyNestedObjects() throws Exception {
        // PDFBox 3.0.8 stops at its nesting limit (before: a StackOverflowError, reported as 对象嵌套过深) and drops the
        // page resources holding the array, the font among them: no readable text, one input error, no crash
        assertEquals("ERR 无文字层（扫描件），无法读取", outcome("deep.pdf", HostileFiles.deeplyNestedPdf(200_000)));
    }

    @Test
    void pdfWithMillionGlyphContentStream() throws Exception {
        assertEquals(NO_BUDGET, outcome("huge.pdf", HostileFiles.manyGlyphsPdf(1_000_000)));
    }

    @Test
    void pdfWithSelfDrawingForm() throws Exception {
        assertEquals(NO_BUDGET, outcome("loop.pdf", HostileFiles.selfDrawingFormPdf()));
    }

    @Test
    void pdfWithCyclicPageTree() throws Exception {
        String result = outcome("cycle.pdf", HostileFiles.cyclicPageTreePdf());
        assertTrue(result.startsWith("ERR PDF文件已损坏："), result);
    }

    @Test
    void encryptedPdf() throws Exception {
        assertEquals("ERR 文件已加密，无法读取", outcome("locked.pdf", FixtureDocuments.encryptedPdf()));
    }

    /** Found by this test: an encrypted XLSX was called "not a recognisable document" instead of encrypted. */
    @Test
    void encryptedXlsx() throws Exception {
        assertEquals("ERR 文件已加密，无法读取", outcome("locked.xlsx", HostileFiles.encryptedXlsx()));
        assertEquals("ERR 文件已加密，无法读取", outcome("locked.docx", HostileFiles.encryptedXlsx()));
        assertEquals("ERR 文件已加密，无法读取", outcome("locked", HostileFiles.encryptedXlsx()));
    }

    /** 100 MB of text (under the 200 MB input limit) is refused before decoding. */
    @Test
    void hundredMegabyteText() throws Exception {
        byte[] one = sample();
        Path file = dir.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 100L * 1024 * 1024; written += one.length) {
                out.write(one);
            }
        }
        assertEquals("ERR 文本文件过大（100 MB），超出单个预算公开文件的合理范围（文本上限 10 MB）", outcome(file));
    }

    /** Just under the text size limit, the line limit refuses it before parsing (which would take minutes). */
    @Test
    void nineMegabyteTextHitsTheLineLimit() throws Exception {
        byte[] one = sample();
        Path file = dir.resolve("nine.txt");
        int copies = (int) (9L * 1024 * 1024 / one.length);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < copies; i++) {
                out.write(one);
            }
        }
        long lines = Files.readAllLines(file).size();
        assertEquals("ERR 文档内容过多（" + lines + " 行，上限 60000 行），不像单个预算公开文件", outcome(file));
    }

    @Test
    void oneMegabyteLinesAreRead() throws Exception {
        String line = "2024年收入预算1.00万元，其中一般公共预算拨款0.50万元。".repeat(1024 * 1024 / 90);
        String text = new String(sample(), StandardCharsets.UTF_8) + line + "\n" + line.replace("，", "\t") + "\n";
        int sampleLines = new String(sample(), StandardCharsets.UTF_8).split("\n", -1).length - 1;
        assertEquals("OK " + (sampleLines + 2), outcome("long-lines.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nulByteEarlyMeansBinary() throws Exception {
        byte[] text = sample();
        text[100] = 0;
        assertEquals("ERR 不是可识别的文本或文档（可能是二进制文件），请提供 TXT、PDF、DOCX、XLSX 或 XLS 文件",
                outcome("nul.txt", text));
    }

    @Test
    void nulByteLateMeansBinary() throws Exception {
        byte[] one = sample();
        byte[] text = Arrays.copyOf(one, one.length * 3);
        System.arraycopy(one, 0, text, one.length, one.length);
        System.arraycopy(one, 0, text, one.length * 2, one.length);
        text[text.length - 10] = 0;
        assertEquals("ERR 不是文本文件（包含二进制内容）", outcome("late-nul.txt", text));
    }

    @Test
    void mixedEncodings() throws Exception {
        assertEquals("ERR 无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK 中文文本）", outcome("mixed.txt", mixed()));
    }

    private static byte[] mixed() throws Exception {
        String s = new String(sample(), StandardCharsets.UTF_8);
        byte[] a = s.substring(0, s.length() / 2).getBytes(StandardCharsets.UTF_8);
        byte[] b = s.substring(s.length() / 2).getBytes(Charset.forName("GB18030"));
        byte[] mixed = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, mixed, a.length, b.length);
        return mixed;
    }

    @Test
    void maxSizeOptionRefusesLargerFilesClearly() throws Exception {
        byte[] one = sample();
        Path file = dir.resolve("two-mb.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 2L * 1024 * 1024; written += one.length) {
                out.write(one);
            }
        }
        CliRunner.Result r = CliRunner.run("audit", file.toString(), "--max-size", "1", "-o", dir.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertEquals("two-mb.txt：文件过大（2 MB，上限 1 MB）", r.err().strip());
        assertFalse(Files.exists(dir.resolve("out").resolve("two-mb.json")));
    }

    @Test
    void maxSizeMustBePositive() {
        CliRunner.Result r = CliRunner.run("audit", "samples", "--max-size", "0", "-o", dir.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertEquals("错误：--max-size 应为正整数（单位 MB），而不是 0", r.err().strip());
    }

    /** A folder of eleven hostile files. */
    private Path hostileFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeHostileFiles(in, dir);
        return in;
    }

    /**
     * Writes the eleven hostile files of {@link #hostileFolder()} into {@code in} (the external entities name a
     * secret file written in {@code secretDir}); also used by {@link BatchWithHostileFilesTest}.
     */
    static void writeHostileFiles(Path in, Path secretDir) throws Exception {
        Path secret = Files.writeString(secretDir.resolve("secret.txt"), "机密内容XYZ");
        Files.write(in.resolve("bomb.docx"), HostileFiles.docxBomb(20));
        Files.write(in.resolve("bomb.xlsx"), HostileFiles.xlsxBomb(20));
        Files.write(in.resolve("xxe.docx"), xxeDocx(secret));
        Files.write(in.resolve("xxe.xlsx"), xxeXlsx(secret));
        Files.write(in.resolve("deep.pdf"), HostileFiles.deeplyNestedPdf(200_000));
        Files.write(in.resolve("loop.pdf"), HostileFiles.selfDrawingFormPdf());
        Files.write(in.resolve("cycle.pdf"), HostileFiles.cyclicPageTreePdf());
        Files.write(in.resolve("locked.pdf"), FixtureDocuments.encryptedPdf());
        byte[] nul = sample();
        nul[100] = 0;
        Files.write(in.resolve("nul.txt"), nul);
        Files.write(in.resolve("mixed.txt"), mixed());
        Files.write(in.resolve("empty.txt"), new byte[0]);
    }

    /** The `batch` command over the hostile folder: finishes, lists all eleven as input errors, exit 2. */
    @Test
    void batchCommandOverAFolderOfHostileFilesListsEachAsAnInputError() throws Exception {
        Path in = hostileFolder();
        Path out = dir.resolve("batch-out");
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> CliRunner.run("batch", in.toString(), "-o", out.toString(), "--format", "json", "--jobs", "2"));
        assertEquals(2, r.exitCode(), r.err());
        com.fasterxml.jackson.databind.JsonNode summary =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        List<String> listed = new ArrayList<>();
        summary.path("inputErrors").forEach(e -> listed.add(e.path("file").asText()));
        assertEquals(11, listed.size(), summary.path("inputErrors").toString());
    }

    /** A run over a folder of hostile files finishes and reports each one as an input error. */
    @Test
    void runOverAFolderOfHostileFilesListsEachAsAnInputError() throws Exception {
        Path in = hostileFolder();
        Path out = dir.resolve("out");
        Map<String, String> errors = new TreeMap<>();
        List<String> others = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.sorted().toList();
        }
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> Pipeline.create(Audits.settings(out, "json"))
                .run(files, new AuditListener() {
                    @Override
                    public void fileAudited(AuditResult result) {
                        others.add("audited " + result);
                    }

                    @Override
                    public void inputError(Path file, InputException error) {
                        errors.put(file.getFileName().toString(), error.reason());
                    }

                    @Override
                    public void internalError(Path file, Exception error) {
                        others.add("internal " + file + " " + error);
                    }
                }));
        assertEquals(List.of(), others);
        assertEquals(files.stream().map(f -> f.getFileName().toString()).sorted().toList(),
                List.copyOf(errors.keySet()));
        assertEquals("文件疑似压缩炸弹（解压后体积异常膨胀），已拒绝读取", errors.get("bomb.docx"));
        assertEquals("无文字层（扫描件），无法读取", errors.get("deep.pdf"));
        assertEquals("文件为空", errors.get("empty.txt"));
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "no report for a bad file");
    }
}
