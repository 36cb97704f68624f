package budget.audit.engine;

import budget.audit.ingest.OwnReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the files to audit. */
public final class InputFiles {

    /** Extensions of files a folder scan picks up; a file named explicitly is always tried (format sniffed). */
    public static final Set<String> SUPPORTED_EXTENSIONS =
            Set.of("txt", "text", "pdf", "doc", "docx", "xlsx", "xls", "html", "htm");

    /**
     * What a scan found.
     *
     * @param files       the files to audit, in order
     * @param unsupported files in the scanned folders whose extension is not read (not hidden, not in the output)
     * @param subfolders  folders a non-recursive scan did not enter (not hidden)
     * @param ownReports  files in the scanned folders that are budget-audit's own reports or summaries
     */
    public record Scan(List<Path> files, List<Path> unsupported, List<Path> subfolders, List<Path> ownReports) {
        public Scan {
            files = List.copyOf(files);
            unsupported = List.copyOf(unsupported);
            subfolders = List.copyOf(subfolders);
            ownReports = List.copyOf(ownReports);
        }

        /** The lines saying what the scan left out (unsupported files, the tool's own reports); maybe none. */
        public List<String> skippedLines() {
            List<String> lines = new ArrayList<>();
            if (!unsupported.isEmpty()) {
                lines.add(skippedLine());
            }
            if (!ownReports.isEmpty()) {
                String names = ownReports.stream().limit(3).map(f -> f.getFileName().toString())
                        .collect(Collectors.joining("、"));
                lines.add("跳过 " + ownReports.size() + " 个 budget-audit 生成的报告（" + names
                        + (ownReports.size() > 3 ? " 等" : "") + "），报告不作为预算公开文件审核");
            }
            return lines;
        }

        /** "跳过 3 个不支持的文件（.zip 2 个、.png 1 个）", or empty when none was skipped. */
        public String skippedLine() {
            if (unsupported.isEmpty()) {
                return "";
            }
            Map<String, Long> byExtension = new TreeMap<>(unsupported.stream()
                    .collect(Collectors.groupingBy(InputFiles::extensionLabel, Collectors.counting())));
            String detail = byExtension.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 个")
                    .collect(Collectors.joining("、"));
            return "跳过 " + unsupported.size() + " 个不支持的文件（" + detail + "；可读取："
                    + supportedList() + "）";
        }
    }

    private InputFiles() {
    }

    /** The files to audit (see {@link #scan}). */
    public static List<Path> expand(List<Path> paths, boolean recursive, Path exclude) {
        return scan(paths, recursive, exclude).files();
    }

    /**
     * Files are kept as given (even unsupported ones: they then get a clear input error). Folders are scanned,
     * recursively when asked, for supported files (a FIFO or device with a supported name is kept too: it gets its
     * input error); hidden files and folders and {@code exclude} (our own output folder) are skipped. The result
     * is sorted within each folder, so runs are reproducible.
     */
    public static Scan scan(List<Path> paths, boolean recursive, Path exclude) {
        List<Path> files = new ArrayList<>();
        List<Path> unsupported = new ArrayList<>();
        List<Path> subfolders = new ArrayList<>();
        List<Path> ownReports = new ArrayList<>();
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = recursive ? Files.walk(p) : Files.list(p)) {
                found = walk.filter(f -> !f.equals(p))
                        .filter(f -> !isHiddenBelow(p, f))
                        .filter(f -> excluded == null || !f.toAbsolutePath().normalize().startsWith(excluded))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path f : found) {
                if (Files.isDirectory(f)) {
                    if (!recursive) {
                        subfolders.add(f);
                    }
                } else if (Files.isRegularFile(f)) {
                    if (!supported(f)) {
                        unsupported.add(f);
                    } else if (OwnReport.isOwnReportFile(f)) {
                        ownReports.add(f);
                    } else {
                        files.add(f);
                    }
                } else if (supported(f)) {
                    // a named pipe, socket or device named like a filing: listed as an input error (the reader
                    // refuses it without opening it), never skipped without a word
                    files.add(f);
                }
            }
        }
        return new Scan(files, unsupported, subfolders, ownReports);
    }

    /** The extensions a folder scan reads, e.g. ".doc .docx .htm …", sorted. */
    public static String supportedList() {
        return SUPPORTED_EXTENSIONS.stream().sorted().map(e -> "." + e).collect(Collectors.joining(" "));
    }

    static boolean supported(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SUPPORTED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String extensionLabel(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : "无扩展名";
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
