package budget.audit.report.docx;

import budget.audit.report.Labels;

import java.util.Arrays;
import java.util.List;

/** The look of the Word report, from templates/docx.ftl (fonts with fallbacks, sizes in points, margins in mm). */
record DocxStyle(String bodyFont, List<String> bodyFallback, String headingFont, List<String> headingFallback,
                 String titleFont, List<String> titleFallback, String latinFont,
                 double title, double heading1, double heading2, double body, double table, double small,
                 double marginTop, double marginBottom, double marginLeft, double marginRight,
                 String pageBefore, String pageAfter) {

    static DocxStyle of(Labels l) {
        return new DocxStyle(l.get("font.body"), list(l.get("font.body.fallback")), l.get("font.heading"),
                list(l.get("font.heading.fallback")), l.get("font.title"), list(l.get("font.title.fallback")),
                l.get("font.latin"),
                num(l, "size.title", 22), num(l, "size.heading1", 16), num(l, "size.heading2", 14),
                num(l, "size.body", 12), num(l, "size.table", 10.5), num(l, "size.small", 9),
                num(l, "margin.top", 37), num(l, "margin.bottom", 35), num(l, "margin.left", 28),
                num(l, "margin.right", 26), raw(l, "page.before", "— "), raw(l, "page.after", " —"));
    }

    private static List<String> list(String v) {
        return Arrays.stream(v.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static double num(Labels l, String key, double fallback) {
        try {
            return Double.parseDouble(l.get(key));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Labels are stripped: "— " keeps its space only through a no-break space or an explicit default. */
    private static String raw(Labels l, String key, String fallback) {
        String v = l.get(key);
        if (v.equals(key)) {
            return fallback;
        }
        return key.endsWith("before") ? v + " " : " " + v;
    }

    /** Points to twentieths of a point (Word's unit for page sizes and margins use mm → twips). */
    static int mmToTwips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }
}
