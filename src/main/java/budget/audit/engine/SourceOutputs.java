package budget.audit.engine;

import budget.audit.report.SourceRenderer;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.SourceInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The outputs made from the audited files themselves (the annotated copy of a PDF): one per source the renderer
 * accepts, matched to the input by file name and checked against the SHA-256 the report holds (a file changed
 * since it was read is not annotated with another version's findings). One source: {@code <base>-标注.pdf};
 * several (one filing in two files): {@code <base>-<source name>-标注.pdf}. A source that cannot be copied is left
 * without a copy; the reports are written all the same.
 */
final class SourceOutputs {

    private SourceOutputs() {
    }

    static void render(SourceRenderer renderer, AuditReport report, List<Path> inputs, Path outputDir,
                       String baseName, Map<Path, byte[]> files) throws IOException {
        List<SourceInfo> sources = report.sources();
        for (SourceInfo source : sources) {
            if (!renderer.accepts(source)) {
                continue;
            }
            Path input = inputs.stream().filter(p -> p.getFileName().toString().equals(source.file()))
                    .findFirst().orElse(null);
            if (input == null) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(input);
            if (source.sha256() != null && !source.sha256().equalsIgnoreCase(sha256(bytes))) {
                continue;
            }
            String name = sources.size() > 1
                    ? baseName + "-" + OutputNames.baseName(input) + renderer.suffix()
                    : baseName + renderer.suffix();
            try {
                files.put(outputDir.resolve(name), renderer.render(report, source, bytes));
            } catch (IOException | RuntimeException e) {
                // the copy is an extra: a PDF the reader could read but PDFBox cannot re-save costs the copy only,
                // never the report set
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
