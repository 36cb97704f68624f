package budget.audit.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * One of the tool's font files, read once: its bytes, and a path on disk that OpenPDF's HTML renderer re-opens to
 * read a few bytes (the OS/2 weight) for every document.
 *
 * <p>Where it comes from, first match wins: the classpath {@code fonts/} folder when it is a plain folder; when the
 * classpath copy sits inside the jar, an identical file (same size and CRC-32 as the jar entry) in {@code fonts/}
 * of the working directory or of the project the jar was built in ({@code target/..}) — reading it from disk
 * spares inflating ~25 MB from the jar and writing a temporary copy (~0.13 s of every single run); otherwise the
 * jar's copy plus a temporary file; without a classpath copy, {@code fonts/} of the working directory.
 */
record FontFile(String name, byte[] bytes, String path) {

    static FontFile load(String name) {
        try {
            URL url = FontFile.class.getClassLoader().getResource("fonts/" + name);
            if (url != null && "file".equals(url.getProtocol())) {
                Path onDisk = Path.of(url.toURI());
                return new FontFile(name, Files.readAllBytes(onDisk), onDisk.toString());
            }
            if (url != null) {
                return fromJar(name, url);
            }
            Path local = Path.of("fonts", name);
            if (Files.isRegularFile(local)) {
                return new FontFile(name, Files.readAllBytes(local), local.toAbsolutePath().toString());
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("字体无法读取：fonts/" + name, e));
        }
        throw new UncheckedIOException(new IOException("缺少字体文件：fonts/" + name));
    }

    private static FontFile fromJar(String name, URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            for (Path candidate : diskCandidates(name, jar)) {
                FontFile same = sameAs(name, candidate, entry);
                if (same != null) {
                    return same;
                }
            }
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        Path copy = Files.createTempFile("budget-audit-", "-" + name);
        copy.toFile().deleteOnExit();
        Files.write(copy, bytes);
        return new FontFile(name, bytes, copy.toString());
    }

    /** {@code fonts/} of the working directory, then of the folder above the jar's folder. */
    private static List<Path> diskCandidates(String name, JarURLConnection jar) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("fonts", name));
        try {
            Path jarFile = Path.of(jar.getJarFileURL().toURI());
            Path project = jarFile.toAbsolutePath().getParent() == null ? null
                    : jarFile.toAbsolutePath().getParent().getParent();
            if (project != null) {
                candidates.add(project.resolve("fonts").resolve(name));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a local jar: only the working directory is tried
        }
        return candidates;
    }

    /** The file on disk when it is byte-for-byte the jar entry (size and CRC-32 agree), else null. */
    private static FontFile sameAs(String name, Path candidate, JarEntry entry) throws IOException {
        if (entry == null || !Files.isRegularFile(candidate) || Files.size(candidate) != entry.getSize()) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(candidate);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.getCrc()) {
            return null;
        }
        return new FontFile(name, bytes, candidate.toAbsolutePath().toString());
    }
}
