package budget.audit.engine;

import budget.audit.report.Renderers;
import budget.audit.report.model.AuditReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a report in every requested format and writes the files. All formats are rendered in memory first, so
 * a rendering failure writes nothing; the files then replace the previous set as a unit ({@link ReportSet}).
 */
public final class ReportWriter {

    private final Renderers renderers;

    public ReportWriter(Renderers renderers) {
        this.renderers = renderers;
    }

    public List<Path> write(AuditReport report, Path outputDir, String baseName, List<String> formats,
                            StageTimes times) throws IOException {
        return write(render(report, List.of(), outputDir, baseName, formats, times));
    }

    /**
     * Renders every format in memory: the files to write, by path (nothing is written yet). Formats made from the
     * audited files themselves (annotated) read {@code inputs} (never written to) and are skipped for sources they
     * do not accept (a text file has no pages to mark).
     */
    public Map<Path, byte[]> render(AuditReport report, List<Path> inputs, Path outputDir, String baseName,
                                    List<String> formats, StageTimes times) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String format : formats) {
            budget.audit.model.Interruption.check();
            long t0 = System.nanoTime();
            if (renderers.findSource(format).isPresent()) {
                SourceOutputs.render(renderers.findSource(format).get(), report, inputs, outputDir, baseName, files);
                times.add(format, System.nanoTime() - t0);
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            renderers.get(format).render(report, out);
            files.put(outputDir.resolve(baseName + "." + format), out.toByteArray());
            times.add(format, System.nanoTime() - t0);
        }
        return files;
    }

    /** Writes rendered reports: all formats replace the previous set together, never a new PDF beside an old JSON. */
    public List<Path> write(Map<Path, byte[]> files) throws IOException {
        ReportSet.replace(files);
        return new ArrayList<>(files.keySet());
    }
}
