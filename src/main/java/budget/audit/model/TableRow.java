package budget.audit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a budget table.
 *
 * @param index     0-based row index among the table's data rows
 * @param code      classification code (7-digit function code, 3/5-digit economic code), "" when none
 * @param name      row name (wrapped names rejoined)
 * @param values    one entry per {@link BudgetTable#columns()} amount column; null = blank cell (never 0)
 * @param source    where the row was read (line, page, table, row)
 * @param valueRefs per value, the XLSX cell reference ("D7") when the input had one, else null
 */
public record TableRow(int index, String code, String name, List<Amount> values, Provenance source,
                       List<String> valueRefs) {

    private static final Pattern ORDINAL =
            Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]\\s*)");
    private static final List<String> TOTAL_NAMES = List.of("合计", "总计", "收入合计", "支出合计", "收入总计",
            "支出总计", "本年收入合计", "本年支出合计", "收入总额", "支出总额");

    public TableRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        List<String> refs = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            refs.add(valueRefs != null && i < valueRefs.size() ? valueRefs.get(i) : null);
        }
        valueRefs = Collections.unmodifiableList(refs);
    }

    /** The original shape (no cell references). */
    public TableRow(int index, String code, String name, List<Amount> values, Provenance source) {
        this(index, code, name, values, source, null);
    }

    public Amount value(int column) {
        return column < values.size() ? values.get(column) : null;
    }

    /** Cell reference of a value ("D7"), or null. */
    public String valueRef(int column) {
        return column < valueRefs.size() ? valueRefs.get(column) : null;
    }

    /**
     * Level in the code hierarchy: function codes 3/5/7 digits = 1/2/3 (类/款/项), economic codes 3/5 digits = 1/2;
     * 0 when the row has no code.
     */
    public int level() {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }

    /** The name without a leading ordinal ("一、", "1.", "（二）"). */
    public String plainName() {
        return ORDINAL.matcher(name).replaceFirst("").trim();
    }

    /** A 合计/总计 row (收入合计, 支出总计 ...), without code. */
    public boolean isTotal() {
        return code.isEmpty() && TOTAL_NAMES.contains(plainName().replace(" ", ""));
    }

    /** True when no value is present. */
    public boolean isBlank() {
        return values.stream().allMatch(v -> v == null);
    }

    /** "code name" as a finding cites the row ("2010301 行政运行", "合计"). */
    public String key() {
        return (code + " " + name).trim();
    }
}
