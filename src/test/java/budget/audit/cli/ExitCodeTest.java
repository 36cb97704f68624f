package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exit code contract: 0 done, 1 findings at or above --fail-on, 2 usage or input error. */
class ExitCodeTest {

    @TempDir
    Path out;

    private static final String CLEAN = "samples/01-滨江区文化和旅游局-2024年部门预算.txt";
    private static final String ERRORS = "samples/02-青石街道社区服务中心-2024年单位预算.txt";

    private int run(String... args) {
        return CliRunner.run(Stream.concat(Stream.of("audit", "-o", out.toString(), "--format", "json"),
                Stream.of(args)).toArray(String[]::new)).exitCode();
    }

    @Test
    void failOnDecidesWhetherFindingsFailTheRun() {
        assertEquals(0, run(CLEAN));
        assertEquals(0, run(CLEAN, "--fail-on", "warning"));
        assertEquals(1, run(ERRORS));
        assertEquals(1, run(ERRORS, "--fail-on", "warning"));
        assertEquals(0, run(ERRORS, "--fail-on", "never"));
    }

    @Test
    void anInputErrorWinsOverFindings() throws Exception {
        Path empty = Files.write(out.resolve("empty.txt"), new byte[0]);
        assertEquals(2, run(ERRORS, empty.toString()));
        assertEquals(List.of("02-青石街道社区服务中心-2024年单位预算.json", "empty.txt"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void formatsAreWrittenAsAsked() throws Exception {
        assertEquals(0, CliRunner.run("audit", CLEAN, "-o", out.toString(), "--format", "xlsx,json").exitCode());
        assertEquals(List.of("01-滨江区文化和旅游局-2024年部门预算.json", "01-滨江区文化和旅游局-2024年部门预算.xlsx"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    }
}
