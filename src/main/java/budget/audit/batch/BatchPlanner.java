package budget.audit.batch;

import budget.audit.engine.InputFiles;
import budget.audit.engine.OutputNames;
import budget.audit.engine.PathEncoding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files of a batch and decides where each one's reports go: the output folder mirrors each file's
 * path under its root folder. With several roots, each root's reports go under a folder named after it.
 */
public final class BatchPlanner {

    private BatchPlanner() {
    }

    public static List<BatchJob> plan(List<Path> roots, Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        List<BatchJob> jobs = new ArrayList<>();
        Set<String> usedBases = new HashSet<>();
        Map<String, Integer> rootNames = new HashMap<>();
        for (Path root : roots) {
            Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
            String prefix = roots.size() > 1 ? uniqueRootName(root, rootNames) + "/" : "";
            for (Path file : InputFiles.expand(List.of(root), true, out)) {
                String rel = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                        .toString().replace('\\', '/');
                String mirrored = prefix + rel;
                if (!PathEncoding.representable(mirrored)) {
                    // a name the locale cannot spell: no report can carry it; its audit says so (AuditRun)
                    jobs.add(new BatchJob(file, mirrored, out, "unrepresentable-name-" + jobs.size()));
                    continue;
                }
                Path dir = parentOf(out, mirrored);
                String name = OutputNames.baseName(file);
                if (!usedBases.add(dir.resolve(name).toString())) {
                    // "a.txt" and "a.pdf" side by side: the second keeps its extension in the base name.
                    name = OutputNames.sanitize(file.getFileName().toString().replace('.', '_'));
                    usedBases.add(dir.resolve(name).toString());
                }
                jobs.add(new BatchJob(file, mirrored, dir, name));
            }
        }
        return jobs;
    }

    private static Path parentOf(Path out, String relative) {
        int slash = relative.lastIndexOf('/');
        if (slash < 0) {
            return out;
        }
        Path dir = out;
        for (String part : relative.substring(0, slash).split("/")) {
            dir = dir.resolve(OutputNames.sanitize(part));
        }
        return dir;
    }

    private static String uniqueRootName(Path root, Map<String, Integer> seen) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        String n = OutputNames.sanitize(name == null ? "root" : name.toString());
        int count = seen.merge(n, 1, Integer::sum);
        return count == 1 ? n : n + "-" + count;
    }
}
