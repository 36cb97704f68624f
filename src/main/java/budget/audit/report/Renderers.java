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
    private final Map<String, SourceRenderer> bySourceFormat = new LinkedHashMap<>();

    public Renderers(List<Renderer> renderers) {
        this(renderers, List.of());
    }

    /** Renderers of the report, and renderers working from the audited file itself (annotated copy). */
    public Renderers(List<Renderer> renderers, List<SourceRenderer> sourceRenderers) {
        renderers.forEach(r -> byFormat.put(r.format(), r));
        sourceRenderers.forEach(r -> bySourceFormat.put(r.format(), r));
    }

    /** The standard renderers, reading their wording and layout from this engine's templates. */
    public static Renderers standard(TemplateEngine engine) {
        return standard(engine, false);
    }

    /** The standard renderers; {@code pdfa}: the PDF is archival PDF/A-2b. */
    public static Renderers standard(TemplateEngine engine, boolean pdfa) {
        return new Renderers(List.of(new PdfRenderer(engine, pdfa), new XlsxRenderer(engine), new JsonRenderer(),
                new budget.audit.report.docx.DocxRenderer(engine)),
                List.of(new budget.audit.report.annotated.AnnotatedPdf(engine)));
    }

    /** The renderer working from the audited file for this format (annotated), if any. */
    public Optional<SourceRenderer> findSource(String format) {
        return format == null ? Optional.empty()
                : Optional.ofNullable(bySourceFormat.get(format.toLowerCase(Locale.ROOT)));
    }

    /** Whether the format is known (report or source renderer). */
    public boolean knows(String format) {
        return find(format).isPresent() || findSource(format).isPresent();
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
        List<String> all = new java.util.ArrayList<>(byFormat.keySet());
        all.addAll(bySourceFormat.keySet());
        return List.copyOf(all);
    }
}
