package budget.audit.report.pdf;

import budget.audit.report.model.AuditReport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The money units a filing states its figures in, so that the report says which unit is the filing's instead of
 * mixing 元 and 万元 silently: the distinct units of the prose figures, and per unit how many tables use it.
 */
final class MoneyUnits {

    /** A table unit and the number of tables stated in it (read by the template as {@code t.unit}, {@code t.count}). */
    public record TableUnit(String unit, int count) {
    }

    private MoneyUnits() {
    }

    static boolean isMoney(String unit) {
        return unit != null && unit.endsWith("元");
    }

    /** Distinct money units of the prose figures, in a fixed order. */
    static List<String> prose(AuditReport report) {
        TreeSet<String> units = new TreeSet<>();
        if (report.facts() != null) {
            for (AuditReport.FactEntry f : report.facts()) {
                if ("PROSE".equals(f.origin()) && isMoney(f.unit())) {
                    units.add(f.unit());
                }
            }
        }
        return List.copyOf(units);
    }

    /** Distinct money units of prose figures and tables together. */
    static List<String> all(AuditReport report) {
        TreeSet<String> units = new TreeSet<>(prose(report));
        tables(report).forEach(t -> units.add(t.unit()));
        return List.copyOf(units);
    }

    /** Money units of the tables read, each with its table count, in a fixed order. */
    static List<TableUnit> tables(AuditReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        if (report.tables() != null) {
            for (AuditReport.TableEntry t : report.tables()) {
                if (isMoney(t.unit())) {
                    counts.merge(t.unit(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().map(e -> new TableUnit(e.getKey(), e.getValue())).toList();
    }
}
