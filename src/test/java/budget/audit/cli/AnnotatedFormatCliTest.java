package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How --format annotated meets a non-PDF input: asked for explicitly, one line says it needs a PDF and the other
 * reports are written; by default (no --format) nothing is said and no copy is written.
 */
class AnnotatedFormatCliTest {

    private static final String SAMPLE = "samples/01-滨江区文化和旅游局-2024年部门预算.txt";

    @TempDir
    Path out;

    @Test
    void explicitAnnotatedOnTextSaysItNeedsAPdf() throws Exception {
        CliRunner.Result r = CliRunner.run("audit", SAMPLE, "-o", out.toString(), "--format", "json,annotated",
                "--date", "2026-01-05", "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("标注原文需要 PDF")).count(), r.err());
        assertTrue(Files.exists(out.resolve("01-滨江区文化和旅游局-2024年部门预算.json")));
        assertFalse(anyAnnotated(), "no annotated copy of a text file");
    }

    @Test
    void defaultFormatsSayNothingForText() throws Exception {
        CliRunner.Result r = CliRunner.run("audit", SAMPLE, "-o", out.toString(), "--date", "2026-01-05",
                "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("标注原文"), r.err());
        assertFalse(anyAnnotated());
        for (String ext : new String[] {"pdf", "xlsx", "json"}) {
            assertTrue(Files.exists(out.resolve("01-滨江区文化和旅游局-2024年部门预算." + ext)), ext);
        }
    }

    private boolean anyAnnotated() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith("-标注.pdf"));
        }
    }
}
