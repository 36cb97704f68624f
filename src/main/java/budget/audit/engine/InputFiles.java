package budget.audit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the files to audit. */
public final class InputFiles {

    /** Extensions of files a folder scan picks up; a file named explicitly is always tried (format sniffed). */
    public static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "text", "pdf", "docx", "xlsx", "xls", "html", "htm");

    private InputFiles() {
    }

    /**
     * Files are kept as given (even unsupported ones: they then get a clear input error). Folders are scanned,
     * recursively when asked, for supported files; hidden files and folders and {@code exclude} (our own output
     * folder) are skipped. The result is sorted within each folder, so runs are reproducible.
     */
    public static List<Path> expand(List<Path> paths, boolean recursive, Path exclude) {
        List<Path> files = new ArrayList<>();
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = recursive ? Files.walk(p) : Files.list(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !isHiddenBelow(p, f))
                        .filter(f -> excluded == null || !f.toAbsolutePath().normalize().startsWith(excluded))
                        .filter(InputFiles::supported)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static boolean supported(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SUPPORTED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isHiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
