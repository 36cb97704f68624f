package budget.audit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A folder scan picks up every supported format, web pages included, and nothing else. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void folderScanIncludesWebPages() throws Exception {
        for (String name : List.of("a.html", "b.HTM", "c.png", "d.txt", "e.pdf", "f.css", "g.xls")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<String> names = InputFiles.expand(List.of(dir), false, null).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("a.html", "b.HTM", "d.txt", "e.pdf", "g.xls"), names);
    }
}
