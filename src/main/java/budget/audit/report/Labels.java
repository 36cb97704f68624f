package budget.audit.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed wording a reader sees (sheet names, column heads, outcome and severity names), read from the template
 * {@code templates/labels.ftl}, whose output is one {@code key=value} line per label ({@code #} starts a comment).
 */
public final class Labels {

    public static final String TEMPLATE = "labels.ftl";

    private final Map<String, String> values;

    private Labels(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Labels load(TemplateEngine engine) {
        return load(engine, TEMPLATE);
    }

    /** Labels from another template of the same {@code key=value} form (e.g. annotated.ftl, docx.ftl). */
    public static Labels load(TemplateEngine engine, String template) {
        return parse(engine.render(template, Map.of()));
    }

    static Labels parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return new Labels(map);
    }

    /** The label, or the key itself when the template does not define it (visible, never silent). */
    public String get(String key) {
        return values.getOrDefault(key, key);
    }

    /** The label of an enum code, e.g. {@code outcome.FAIL}; "" for null. */
    public String code(String prefix, String code) {
        return code == null ? "" : get(prefix + "." + code);
    }

    /** All labels (for templates). */
    public Map<String, String> asMap() {
        return values;
    }
}
