package budget.audit.rules.api;

import budget.audit.model.Amount;
import budget.audit.model.DocumentKind;
import budget.audit.model.Provenance;

import java.text.Normalizer;
import java.util.List;

/**
 * The few figures of one filing a {@link CrossFilingRule} compares with another filing's: small enough for a batch
 * to keep one per filing until every filing is read (the filing itself is not kept).
 *
 * @param file         the filing's file name (as its findings cite it)
 * @param department   部门 / 单位 as read, or null
 * @param year         the filing's year, or null
 * @param documentKind 预算 or 决算
 * @param figures      the figures, in reading order
 */
public record CrossFigures(String file, String department, Integer year, DocumentKind documentKind,
                           List<Figure> figures) {

    public CrossFigures {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /**
     * One figure.
     *
     * @param key         what it is, the same on both sides ("fiscal.expenditure", "sangong.reception",
     *                    "function:2010101", "general.total")
     * @param path        for a function item named in prose by its names only: 类/款/项 names ("一般公共服务/档案事务/
     *                    行政运行"), else null
     * @param name        how a finding names it, in Chinese
     * @param value       the figure as printed, with its unit
     * @param measure     what it measures, in Chinese (年初预算数, 预算数 …)
     * @param uncertainty null when its meaning is certain; else why it is not compared (in Chinese)
     * @param source      where it was read
     */
    public record Figure(String key, String path, String name, Amount value, String measure, String uncertainty,
                         Provenance source) {

        public boolean certain() {
            return uncertainty == null;
        }
    }

    /** The department name as filings of one department spell it alike: width folded, spaces and 本级 removed. */
    public static String departmentKey(String department) {
        if (department == null) {
            return null;
        }
        String s = Normalizer.normalize(department, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "")
                .replaceAll("[(（]?本级[)）]?$", "");
        return s.isEmpty() ? null : s;
    }
}
