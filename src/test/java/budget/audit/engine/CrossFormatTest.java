package budget.audit.engine;

import budget.audit.support.Audits;
import budget.audit.support.FilingDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 7: the same filing as text, PDF, DOCX, XLSX and HTML gives the same findings and the same rule outcomes. */
class CrossFormatTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"01-滨江区文化和旅游局-2024年部门预算.txt", "02-青石街道社区服务中心-2024年单位预算.txt",
            "03-滨江区农业农村委员会-2024年部门预算-GB18030.txt"})
    void everyFormatGivesTheSameFindings(String sample) throws Exception {
        Charset charset = sample.contains("GB18030") ? Charset.forName("GB18030") : java.nio.charset.StandardCharsets.UTF_8;
        assertSameInEveryFormat(Path.of("samples", sample), charset);
    }

    /** The five real seeds too (their tables in 万元 and 元, split codes, a table continued after a page break). */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyFormatGivesTheSameFindingsOnTheSeeds(String seed) throws Exception {
        assertSameInEveryFormat(budget.audit.support.SharedMaterial.seed(seed), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertSameInEveryFormat(Path source, Charset charset) throws Exception {
        List<String> lines = Files.readAllLines(source, charset);
        JsonNode text = audit(source);
        List<String> expectedFindings = findings(text);
        List<String> expectedRules = outcomes(text);
        assertFalse(expectedRules.isEmpty());
        for (var format : List.<Object[]>of(
                new Object[] {"pdf", (Function<List<String>, byte[]>) FilingDocuments::pdf},
                new Object[] {"docx", (Function<List<String>, byte[]>) FilingDocuments::docx},
                new Object[] {"xlsx", (Function<List<String>, byte[]>) FilingDocuments::xlsx},
                new Object[] {"html", (Function<List<String>, byte[]>) FilingDocuments::html})) {
            @SuppressWarnings("unchecked")
            Function<List<String>, byte[]> render = (Function<List<String>, byte[]>) format[1];
            // a misleading extension: the format must be recognized by content
            Path file = Files.write(dir.resolve("filing-" + format[0] + ".bin"), render.apply(lines));
            JsonNode report = audit(file);
            assertEquals(expectedFindings, findings(report), format[0] + " findings");
            assertEquals(expectedRules, outcomes(report), format[0] + " rule outcomes");
        }
    }

    private JsonNode audit(Path file) throws Exception {
        return Audits.json(Audits.audit(file, dir.resolve("out-" + file.getFileName()), "json"));
    }

    private static List<String> findings(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("findings").forEach(f -> rows.add(String.join("|", f.get("rule").asText(),
                f.get("severity").asText(), f.path("stated").asText(), f.path("computed").asText(),
                f.path("difference").asText(), f.path("unit").asText())));
        return rows.stream().sorted().toList();
    }

    private static List<String> outcomes(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("rules").forEach(r -> rows.add(r.get("id").asText() + ":" + r.get("outcome").asText()));
        return rows;
    }
}
