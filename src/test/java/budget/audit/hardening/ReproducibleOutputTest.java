package budget.audit.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same input and options give byte-identical PDF, XLSX and JSON across JVMs: two separate processes run the
 * CLI (different start times, hash seeds, temp names, environment order) and the SHA-256 of every output match.
 */
class ReproducibleOutputTest {

    @TempDir
    Path dir;

    private Map<String, String> runInFreshJvm(Path out, String... extra) throws IOException, InterruptedException {
        return runInFreshJvmWithEpoch(out, null, extra);
    }

    /** @param sourceDateEpoch when set, the date comes from SOURCE_DATE_EPOCH instead of --date */
    private Map<String, String> runInFreshJvmWithEpoch(Path out, String sourceDateEpoch, String... extra)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "budget.audit.cli.Main", "audit",
                "samples/01-滨江区文化和旅游局-2024年部门预算.txt", "samples/03-滨江区农业农村委员会-2024年部门预算-GB18030.txt",
                "-o", out.toString(), "--fail-on", "never"));
        if (sourceDateEpoch == null) {
            command.addAll(List.of("--date", "2026-01-15"));
        }
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        if (sourceDateEpoch != null) {
            builder.environment().put("SOURCE_DATE_EPOCH", sourceDateEpoch);
        }
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "CLI did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve(out.getFileName() + ".log")));
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                hashes.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoJvmsWriteIdenticalBytes() throws Exception {
        Map<String, String> first = runInFreshJvm(dir.resolve("one"));
        Map<String, String> second = runInFreshJvm(dir.resolve("two"));
        assertEquals(6, first.size(), first.toString());
        assertTrue(first.keySet().stream().anyMatch(n -> n.endsWith(".pdf")));
        assertTrue(first.keySet().stream().anyMatch(n -> n.endsWith(".xlsx")));
        assertTrue(first.keySet().stream().anyMatch(n -> n.endsWith(".json")));
        assertEquals(first, second);
        // 1768435200 = 2026-01-15T00:00:00Z: the same date through SOURCE_DATE_EPOCH gives the same bytes
        assertEquals(first, runInFreshJvmWithEpoch(dir.resolve("three"), "1768435200"));
    }

    @Test
    void twoJvmsWriteIdenticalPdfA() throws Exception {
        Map<String, String> first = runInFreshJvm(dir.resolve("a"), "--pdfa", "--format", "pdf");
        Map<String, String> second = runInFreshJvm(dir.resolve("b"), "--pdfa", "--format", "pdf");
        assertEquals(2, first.size(), first.toString());
        assertEquals(first, second);
    }
}
