package budget.audit.hardening;

import budget.audit.engine.AuditListener;
import budget.audit.engine.AuditResult;
import budget.audit.engine.Pipeline;
import budget.audit.ingest.FixtureDocuments;
import budget.audit.ingest.InputException;
import budget.audit.support.Audits;
import budget.audit.support.CliRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Messages that say what happened (issue 12, item 14). */
class MessagesTest {

    @TempDir
    Path dir;

    private static final String BOMB = "文件疑似压缩炸弹（解压后体积异常膨胀），已拒绝读取";

    /** The package with {@code entry} grown by 1 GiB of blanks before {@code closing}, written as it is deflated. */
    private static byte[] gibibyteBomb(byte[] pkg, String entry, String closing) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.lastIndexOf(closing);
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 1024; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private List<String> reasons(Path... files) {
        List<String> reasons = new ArrayList<>();
        Pipeline.create(Audits.settings(dir.resolve("out"), "json")).run(List.of(files), new AuditListener() {
            @Override
            public void fileAudited(AuditResult result) {
                reasons.add("audited");
            }

            @Override
            public void inputError(Path file, InputException error) {
                reasons.add(error.reason());
            }

            @Override
            public void internalError(Path file, Exception error) {
                reasons.add("internal " + error);
            }
        });
        return reasons;
    }

    @Test
    void aGibibyteBombIsCalledABomb() throws Exception {
        Path xlsx = Files.write(dir.resolve("bomb.xlsx"),
                gibibyteBomb(FixtureDocuments.xlsx(), "xl/worksheets/sheet1.xml", "</worksheet>"));
        Path docx = Files.write(dir.resolve("bomb.docx"),
                gibibyteBomb(FixtureDocuments.docx(), "word/document.xml", "</w:document>"));
        assertEquals(List.of(BOMB, BOMB), reasons(xlsx, docx));
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        AccessPermission restricted = new AccessPermission();
        restricted.setCanExtractContent(false);
        restricted.setCanPrint(false);
        restricted.setCanModify(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(FixtureDocuments.pdf())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", restricted);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
        }
        Path pdf = Files.write(dir.resolve("owner-only.pdf"), out.toByteArray());
        assertEquals(List.of("audited"), reasons(pdf));
        Path locked = Files.write(dir.resolve("locked.pdf"), FixtureDocuments.encryptedPdf());
        assertEquals(List.of("文件已加密，无法读取"), reasons(locked));
    }

    @Test
    void aSummaryWriteFailureSaysWhatFailedAndWhatWasAudited() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), FixtureDocuments.text(), StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        // summary.json cannot replace a folder holding a file
        Files.writeString(Files.createDirectories(out.resolve("summary.json")).resolve("keep"), "x");
        CliRunner.Result r = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--fail-on", "never");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("汇总未能写出（summary.json："), r.err());
        assertTrue(r.err().contains("已审核 1 个文件"), r.err());
        assertTrue(!r.err().contains("内部错误"), r.err());
        assertTrue(Files.exists(out.resolve("a.json")), "the filing's own reports are written");
    }

    @Test
    void aStoppedBatchSaysHowFarItGotAndHowToResume() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "POSIX signals");
        for (String signal : List.of("INT", "TERM")) {
            Path in = Files.createDirectories(dir.resolve("in-" + signal));
            for (int i = 0; i < 200; i++) {
                Files.writeString(in.resolve(String.format("f%03d.txt", i)), FixtureDocuments.text(),
                        StandardCharsets.UTF_8);
            }
            Path out = dir.resolve("out-" + signal);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "budget.audit.cli.Main",
                    "batch", in.toString(), "-o", out.toString(), "--jobs", "1")
                    .redirectOutput(dir.resolve("o-" + signal).toFile())
                    .redirectError(dir.resolve("e-" + signal).toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (reports(out) < 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            String err = Files.readString(dir.resolve("e-" + signal), StandardCharsets.UTF_8);
            assertTrue(err.matches("(?s).*已中断：已完成 \\d+/200 个文件.*"), err);
            assertTrue(err.contains("budget-audit batch " + in + " -o " + out + " --resume"), err);
        }
    }

    private static long reports(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
