package budget.audit.report.json;

import budget.audit.report.Renderer;
import budget.audit.report.model.AuditReport;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;

/** The JSON contract: pretty-printed UTF-8, field order per {@code @JsonPropertyOrder}, nulls written. */
public final class JsonRenderer implements Renderer {

    private static final ObjectWriter WRITER = createWriter();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        WRITER.writeValue(out, report);
        out.write('\n');
    }

    private static ObjectWriter createWriter() {
        ObjectMapper mapper = new ObjectMapper()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer).with(SerializationFeature.INDENT_OUTPUT);
    }
}
