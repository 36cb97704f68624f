package budget.audit.ingest.html;

import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An element's inline {@code style} declarations; lengths are converted to points. */
final class InlineStyle {

    private static final Pattern LENGTH = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?|-?\\.\\d+)\\s*(pt|px|mm|cm|in|pc)?\\s*$");

    private final Map<String, String> declarations;

    private InlineStyle(Map<String, String> declarations) {
        this.declarations = declarations;
    }

    static InlineStyle of(Element element) {
        Map<String, String> map = new LinkedHashMap<>();
        String style = element.attr("style");
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                map.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT));
            }
        }
        return new InlineStyle(map);
    }

    String get(String property) {
        return declarations.getOrDefault(property, "");
    }

    boolean has(String property) {
        return declarations.containsKey(property);
    }

    /** The property as a length in points, or NaN when absent or not a plain length. */
    double points(String property) {
        return length(get(property));
    }

    static double length(String value) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "pt" -> v;
            case "mm" -> v * 72 / 25.4;
            case "cm" -> v * 72 / 2.54;
            case "in" -> v * 72;
            case "pc" -> v * 12;
            default -> v * 0.75;
        };
    }

    boolean absolute() {
        return get("position").equals("absolute") && !Double.isNaN(points("top")) && !Double.isNaN(points("left"));
    }

    /** display:none or visibility:hidden. */
    boolean hidden() {
        return get("display").equals("none") || get("visibility").equals("hidden");
    }

    /** Whether the side ("top", "right", "bottom", "left") has a visible border. */
    boolean border(String side) {
        String value = has("border-" + side) ? get("border-" + side) : get("border");
        if (value.isEmpty() || value.contains("none") || value.contains("hidden")) {
            return false;
        }
        for (String token : value.split("\\s+")) {
            double width = length(token);
            if (!Double.isNaN(width)) {
                return width > 0;
            }
        }
        return true; // "solid #000" with the default (medium) width
    }
}
