package budget.audit.engine;

import budget.audit.report.Renderer;
import budget.audit.report.Renderers;
import budget.audit.report.json.JsonRenderer;
import budget.audit.report.model.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A filing's report set is replaced as a unit (issue 12, item 7): a failure at any step leaves the old set intact
 * (or the new one complete), never a new PDF beside an old JSON, and no temporary behind.
 */
class ReportSetTest {

    @TempDir
    Path dir;

    private Map<Path, byte[]> set(String content) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String ext : List.of("pdf", "xlsx", "json")) {
            files.put(dir.resolve("报告." + ext), (content + " " + ext).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private void assertSet(String content) throws IOException {
        for (String ext : List.of("pdf", "xlsx", "json")) {
            assertEquals(content + " " + ext, Files.readString(dir.resolve("报告." + ext)), ext);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList());
        }
    }

    /** The real file operations, failing at the n-th call of one kind. */
    private static ReportSet.Io failing(String kind, int n) {
        AtomicInteger count = new AtomicInteger();
        return new ReportSet.Io() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (kind.equals("write") && count.incrementAndGet() == n) {
                    throw new IOException("No space left on device");
                }
                ReportSet.FILES.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (kind.equals("move") && count.incrementAndGet() == n) {
                    throw new IOException("simulated failure");
                }
                ReportSet.FILES.move(from, to);
            }

            @Override
            public void delete(Path file) throws IOException {
                ReportSet.FILES.delete(file);
            }
        };
    }

    @Test
    void aFailureAtAnyStepLeavesTheOldSetWhole() throws Exception {
        ReportSet.replace(set("old"));
        assertSet("old");
        for (int n = 1; n <= 3; n++) {
            int step = n;
            assertThrows(IOException.class, () -> ReportSet.replace(set("new"), failing("write", step)));
            assertSet("old");
        }
        // three moves aside, then three into place: fail at each
        for (int n = 1; n <= 6; n++) {
            int step = n;
            assertThrows(IOException.class, () -> ReportSet.replace(set("new"), failing("move", step)));
            assertSet("old");
        }
        ReportSet.replace(set("new"));
        assertSet("new");
    }

    @Test
    void aRendererFailingAfterThePdfWasRenderedWritesNothing() throws Exception {
        ReportSet.replace(set("old"));
        Renderer pdf = new Renderer() {
            @Override
            public String format() {
                return "pdf";
            }

            @Override
            public void render(AuditReport report, OutputStream out) throws IOException {
                out.write("new pdf".getBytes(StandardCharsets.UTF_8));
            }
        };
        Renderer xlsx = new Renderer() {
            @Override
            public String format() {
                return "xlsx";
            }

            @Override
            public void render(AuditReport report, OutputStream out) throws IOException {
                out.write("half an xlsx".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full while rendering");
            }
        };
        ReportWriter writer = new ReportWriter(new Renderers(List.of(pdf, xlsx, new JsonRenderer())));
        assertThrows(IOException.class, () -> writer.write(null, dir, "报告", List.of("pdf", "xlsx", "json"),
                new StageTimes()));
        assertSet("old");
    }
}
