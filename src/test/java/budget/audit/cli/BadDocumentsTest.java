package budget.audit.cli;

import budget.audit.ingest.FixtureDocuments;
import budget.audit.support.CliRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.params.provider.Arguments;

/** Issue 7: broken documents give one clear line naming the file, exit 2, and nothing written. */
class BadDocumentsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("scan.pdf", (Supplier<byte[]>) FixtureDocuments::scannedPdf, "无文字层（扫描件）"),
                Arguments.of("locked.pdf", (Supplier<byte[]>) FixtureDocuments::encryptedPdf, "文件已加密"),
                Arguments.of("cut.pdf", (Supplier<byte[]>) FixtureDocuments::truncatedPdf, "PDF文件已损坏"),
                Arguments.of("junk.docx", (Supplier<byte[]>) FixtureDocuments::junkZip, "DOCX文件已损坏"),
                Arguments.of("junk.xlsx", (Supplier<byte[]>) FixtureDocuments::junkZip, "XLSX文件已损坏"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void oneClearLineExit2NothingWritten(String name, Supplier<byte[]> content, String reason) throws Exception {
        Path file = Files.write(dir.resolve(name), content.get());
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("audit", file.toString(), "-o", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith(name + "：" + reason), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written");
    }
}
