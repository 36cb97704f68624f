package budget.audit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code count} generated filings under a folder (one sub-folder per district) and their ground truth. */
public final class FilingSetWriter {

    private FilingSetWriter() {
    }

    public static GroundTruth write(Path dir, int count, long seed) throws IOException {
        FilingGenerator generator = new FilingGenerator(seed);
        List<GroundTruth.Entry> entries = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            GeneratedFiling g = generator.generate(i);
            Path file = dir.resolve(g.path());
            Files.createDirectories(file.getParent());
            Files.write(file, g.content());
            entries.add(new GroundTruth.Entry(g.path(), g.expectedFail(), g.roundings(), g.style(), g.tables(),
                    g.proseUnit(), g.encoding()));
        }
        GroundTruth truth = new GroundTruth(seed, count, entries);
        // Hidden-free name in the root: the batch scan skips it because .json is not a supported input.
        truth.write(dir.resolve(GroundTruth.FILE_NAME));
        return truth;
    }
}
