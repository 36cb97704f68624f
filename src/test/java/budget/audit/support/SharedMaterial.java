package budget.audit.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds the read-only ../shared folder (real filings from outside the project). Tests that use it skip cleanly
 * when it is absent, as it is in a user's fresh clone.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The seed whose file name starts with the prefix ("000" ...); skips the test when absent. */
    public static Path seed(String prefix) throws Exception {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "../shared/seeds not present");
        try (var files = Files.list(root.get().resolve("seeds"))) {
            Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst();
            assumeTrue(found.isPresent(), "seed " + prefix + " not present");
            return found.get();
        }
    }

    /** A file under shared/real; skips the test when absent. */
    public static Path real(String name) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "../shared not present");
        Path file = root.get().resolve("real").resolve(name);
        assumeTrue(Files.isRegularFile(file), name + " not present");
        return file;
    }
}
