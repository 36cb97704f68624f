package budget.audit.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the report files of one filing (its PDF, XLSX and JSON) as a unit, so that a reader never finds a new
 * PDF beside an old JSON:
 * <ol>
 *     <li>every new file is written to a temporary beside its target; if any write fails (disk full), the
 *     temporaries are removed and the old set is untouched;</li>
 *     <li>the old files are moved aside, then the new ones moved into place; if a move fails, the new files placed
 *     so far are removed and the old ones moved back;</li>
 *     <li>the old files are deleted.</li>
 * </ol>
 * A process killed in step 2 leaves some files of the old set or some of the new one, never a mix of both; the
 * temporaries are hidden {@code .tmp-….part} files, which a batch removes when it starts.
 */
public final class ReportSet {

    /** The file operations, replaceable in tests to fail at a chosen step. */
    interface Io {
        void write(Path file, byte[] bytes) throws IOException;

        void move(Path from, Path to) throws IOException;

        void delete(Path file) throws IOException;
    }

    static final Io FILES = new Io() {
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void delete(Path file) throws IOException {
            Files.deleteIfExists(file);
        }
    };

    private ReportSet() {
    }

    /** Replaces the files (target → content) as one set. */
    public static void replace(Map<Path, byte[]> files) throws IOException {
        replace(files, FILES);
    }

    static void replace(Map<Path, byte[]> files, Io io) throws IOException {
        Map<Path, Path> fresh = new LinkedHashMap<>();   // target → temporary holding the new content
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path tmp = temporary(target, "new");
                fresh.put(target, tmp);
                io.write(tmp, e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            removeQuietly(fresh.values(), io);
            throw e;
        }
        Map<Path, Path> aside = new LinkedHashMap<>();   // target → where its old content waits
        List<Path> placed = new ArrayList<>();
        try {
            for (Path target : fresh.keySet()) {
                if (Files.exists(target)) {
                    Path old = temporary(target, "old");
                    io.move(target, old);
                    aside.put(target, old);
                }
            }
            for (Map.Entry<Path, Path> e : fresh.entrySet()) {
                io.move(e.getValue(), e.getKey());
                placed.add(e.getKey());
            }
        } catch (IOException | RuntimeException e) {
            removeQuietly(placed, io);
            for (Map.Entry<Path, Path> back : aside.entrySet()) {
                try {
                    io.move(back.getValue(), back.getKey());
                } catch (IOException | RuntimeException ignored) {
                    // left as its hidden temporary; nothing better can be done here
                }
            }
            removeQuietly(fresh.values(), io);
            throw e;
        }
        removeQuietly(aside.values(), io);
    }

    /** A hidden temporary beside the target, unique to this process and thread. */
    private static Path temporary(Path target, String kind) {
        return target.getParent().resolve(".tmp-" + target.getFileName() + "." + kind + "."
                + ProcessHandle.current().pid() + "." + Thread.currentThread().threadId() + ".part");
    }

    private static void removeQuietly(Iterable<Path> paths, Io io) {
        for (Path p : paths) {
            try {
                io.delete(p);
            } catch (IOException | RuntimeException ignored) {
                // a leftover hidden temporary; a batch removes it when it starts
            }
        }
    }
}
