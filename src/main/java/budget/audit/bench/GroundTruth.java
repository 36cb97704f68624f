package budget.audit.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What was injected into a generated set ({@code ground-truth.json}): for each file, the rules expected to FAIL and
 * the rules where a 尾差 was injected (expected NOT to fail).
 */
@JsonPropertyOrder({"seed", "count", "filings"})
public record GroundTruth(long seed, int count, List<Entry> filings) {

    public static final String FILE_NAME = "ground-truth.json";

    @JsonPropertyOrder({"file", "expectedFail", "roundings", "style", "tables", "proseUnit", "encoding"})
    public record Entry(String file, List<String> expectedFail, List<String> roundings, String style, boolean tables,
                        String proseUnit, String encoding) {
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    public static GroundTruth read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), GroundTruth.class);
    }
}
