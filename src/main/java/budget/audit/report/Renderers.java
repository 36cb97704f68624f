package budget.audit.report;

import budget.audit.report.json.JsonRenderer;
import budget.audit.report.pdf.PdfRenderer;
import budget.audit.report.xlsx.XlsxRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of renderers by format name ("pdf", "xlsx", "json"). */
public final class Renderers {

    private final Map<String, Renderer> byFormat = new LinkedHashMap<>();

    public Renderers(List<Renderer> renderers) {
        renderers.forEach(r -> byFormat.put(r.format(), r));
    }

    /** The standard renderers, reading their wording and layout from this engine's templates. */
    public static Renderers standard(TemplateEngine engine) {
        return standard(engine, false);
    }

    /** The standard renderers; {@code pdfa}: the PDF is archival PDF/A-2b. */
    public static Renderers standard(TemplateEngine engine, boolean pdfa) {
        return new Renderers(List.of(new PdfRenderer(engine, pdfa), new XlsxRenderer(engine), new JsonRenderer()));
    }

    public Optional<Renderer> find(String format) {
        return format == null ? Optional.empty() : Optional.ofNullable(byFormat.get(format.toLowerCase(Locale.ROOT)));
    }

    /** The renderer of a format; IllegalArgumentException (Chinese message) when unknown. */
    public Renderer get(String format) {
        return find(format).orElseThrow(() -> new IllegalArgumentException(
                "不支持的报告格式：" + format + "（可选：" + String.join("、", formats()) + "）"));
    }

    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }
}
