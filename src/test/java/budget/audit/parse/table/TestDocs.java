package budget.audit.parse.table;

import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds SourceDocuments for tests: from literal lines, or from a seed file found next to the project. */
final class TestDocs {

    private TestDocs() {
    }

    static SourceDocument of(String... lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, normalize(lines[i]), lines[i]));
        }
        return new SourceDocument("fixture.txt", "", "text", "UTF-8", out);
    }

    /** The seeds folder (…/shared/seeds) when present above the working directory. */
    static Optional<Path> seeds() {
        return budget.audit.support.SharedMaterial.root().map(r -> r.resolve("seeds"));
    }

    /**
     * A seed as SourceDocument. {@code normalized}: text without thousands separators (what the lead's ingest does);
     * else text keeps them. The original always keeps them.
     */
    static SourceDocument seed(Path seeds, String prefix, boolean normalized) throws IOException {
        try (var files = Files.list(seeds)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            List<String> raw = Files.readAllLines(f, StandardCharsets.UTF_8);
            List<SourceLine> out = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                String text = normalized ? normalize(raw.get(i)) : raw.get(i);
                out.add(SourceLine.plain(i + 1, text, raw.get(i)));
            }
            return new SourceDocument(f.getFileName().toString(), "", "text", "UTF-8", out);
        }
    }

    /** Drops thousands separators between digits, as the ingest normalization does. */
    static String normalize(String s) {
        return s.replaceAll("(?<=\\d),(?=\\d{3})", "");
    }
}
