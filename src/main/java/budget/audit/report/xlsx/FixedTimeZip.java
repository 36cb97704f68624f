package budget.audit.report.xlsx;

import budget.audit.report.KeepOpenOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;

/**
 * Copies a zip package (an XLSX as POI wrote it) with one fixed time on every entry, so the same content gives
 * the same bytes (POI stamps entries with the clock). Entries are copied <em>raw</em>: their compressed data is
 * moved as it is, never inflated and deflated again, so the copy costs little more than the bytes it moves.
 */
public final class FixedTimeZip {

    private FixedTimeZip() {
    }

    /** Writes {@code zip} to {@code out} (left open) with every entry dated {@code date} 00:00 (local time). */
    public static void copy(byte[] zip, OutputStream out, LocalDate date) throws IOException {
        copy(new SeekableInMemoryByteChannel(zip), out, date);
    }

    /** Same, from a zip file on disk (a large package need not sit in memory). */
    public static void copy(Path zip, OutputStream out, LocalDate date) throws IOException {
        copy(Files.newByteChannel(zip), out, date);
    }

    private static void copy(SeekableByteChannel zip, OutputStream out, LocalDate date) throws IOException {
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(zip).get();
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(new KeepOpenOutputStream(out))) {
            for (Enumeration<ZipArchiveEntry> e = in.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTimeLocal(date.atStartOfDay());
                try (InputStream raw = in.getRawInputStream(entry)) {
                    zout.addRawArchiveEntry(copy, raw);
                }
            }
            zout.finish();
        }
    }
}
