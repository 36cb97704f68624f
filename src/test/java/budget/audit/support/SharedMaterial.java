package budget.audit.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one place tests find the read-only ../shared folder (real filings from outside the project). Tests that use
 * it skip cleanly when it is absent, as it is in a user's fresh clone; but when the environment says {@code CI=true}
 * a missing ../shared (or a missing file in it) fails the test, so a layout change cannot turn the tests on real
 * filings into green skips. Every check of the material goes through {@link #assume}.
 */
public final class SharedMaterial {

    /** Environment variable that, set to {@code true}, makes missing material a failure. */
    public static final String CI_ENV = "CI";

    private SharedMaterial() {
    }

    /** Whether missing material fails the run (env {@code CI=true}) instead of skipping. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(CI_ENV));
    }

    /** The ../shared folder found above the working directory (fails at once when required and absent). */
    public static Optional<Path> root() {
        Optional<Path> root = find(Path.of("").toAbsolutePath());
        assume(root.isPresent(), "../shared not present", required());
        return root;
    }

    /** The nearest folder {@code shared} holding {@code seeds} at or above {@code start}. */
    public static Optional<Path> find(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Skips the test when {@code present} is false; fails it instead when {@link #required()}. */
    public static void assume(boolean present, String what) {
        assume(present, what, required());
    }

    /** {@link #assume(boolean, String)} with the policy given (for testing it). */
    public static void assume(boolean present, String what, boolean required) {
        if (!present && required) {
            fail(what + "（" + CI_ENV + "=true: ../shared is required, a missing file is a failure, not a skip)");
        }
        assumeTrue(present, what);
    }

    /** A folder under ../shared ("seeds", "real", "nationwide"); skips (or fails, see above) when absent. */
    public static Path folder(String name) {
        Optional<Path> root = root();
        assume(root.isPresent(), "../shared not present");
        Path dir = root.get().resolve(name);
        assume(Files.isDirectory(dir), "../shared/" + name + " not present");
        return dir;
    }

    /** A file in a folder under ../shared; skips (or fails, see above) when absent. */
    public static Path file(String folder, String name) {
        Path file = folder(folder).resolve(name);
        assume(Files.isRegularFile(file), "../shared/" + folder + "/" + name + " not present");
        return file;
    }

    /** The seed whose file name starts with the prefix ("000" ...); skips the test when absent. */
    public static Path seed(String prefix) throws Exception {
        try (var files = Files.list(folder("seeds"))) {
            Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst();
            assume(found.isPresent(), "seed " + prefix + " not present");
            return found.get();
        }
    }

    /** A file under shared/real; skips the test when absent. */
    public static Path real(String name) {
        return file("real", name);
    }

    /** A file under shared/nationwide; skips the test when absent. */
    public static Path nationwide(String name) {
        return file("nationwide", name);
    }
}
