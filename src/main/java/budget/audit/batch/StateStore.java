package budget.audit.batch;

import budget.audit.engine.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Reads and writes the per-filing {@link AuditState} manifests that make {@code --resume} safe. */
public final class StateStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path batchOutput;
    private final String options;

    public StateStore(Path batchOutput, String options) {
        this.batchOutput = batchOutput.toAbsolutePath().normalize();
        this.options = options;
    }

    public Path stateFile(BatchJob job) {
        return job.outputDir().resolve(job.baseName() + AuditState.SUFFIX);
    }

    /** Writes the manifest atomically; call only after every report file has been written. */
    public void write(BatchJob job, AuditState state) throws IOException {
        AtomicFiles.write(stateFile(job), JSON.writeValueAsBytes(state));
    }

    public AuditState newState(String inputSha256, FilingRow row) {
        return new AuditState(inputSha256, options, row.reports(), row);
    }

    /**
     * The filing's state when its reports are complete and current: manifest readable, same options, same input
     * content, every report present and non-empty. Empty otherwise (the filing must be audited again).
     */
    public Optional<AuditState> completed(BatchJob job) {
        Path file = stateFile(job);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            AuditState state = JSON.readValue(file.toFile(), AuditState.class);
            if (state.row() == null || !options.equals(state.options()) || state.reports() == null) {
                return Optional.empty();
            }
            for (String report : state.reports()) {
                Path p = batchOutput.resolve(report);
                if (!Files.isRegularFile(p) || Files.size(p) == 0) {
                    return Optional.empty();
                }
            }
            if (!sha256(job).equals(state.inputSha256())) {
                return Optional.empty();
            }
            return Optional.of(state);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The job's input hash: the file's SHA-256; for several files, the SHA-256 of their hashes joined by ",". */
    public static String sha256(BatchJob job) throws IOException {
        if (job.inputs().size() == 1) {
            return sha256(job.input());
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : job.inputs()) {
            sb.append(sha256(p)).append(',');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
