package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TB004: classification codes are printed in full — a 类 of 3 digits, each 款 and 项 of 2 ("301 02", not "301 2").
 * Judged on the code as printed in the row (the table reader may already have repaired what it could): a code
 * split over 类/款/项 cells needs 3 + 2 + 2 digits; a code in one cell 3, 5 or 7 digits. One FAIL per row, quoting
 * the code as printed; one PASS when every code of every coded table is well formed.
 */
public final class Tb004CodeFormat implements Rule {

    public static final String ID = "TB004";

    static final String ARG_TABLE = "table";
    static final String ARG_PRINTED = "printed";
    static final String ARG_NAME = "name";

    private static final Set<Integer> VALID_LENGTHS = Set.of(3, 5, 7);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<Check> fails = new ArrayList<>();
        int coded = 0;
        for (BudgetTable table : filing.tables()) {
            for (TableRow row : table.rows()) {
                String code = row.code();
                if (code == null || code.isEmpty()) {
                    continue;
                }
                coded++;
                if (!wellFormed(printed(row), code)) {
                    fails.add(fail(table, row));
                }
            }
        }
        fails.forEach(context::report);
        if (fails.isEmpty()) {
            context.report(coded == 0
                    ? Checks.notApplicable(ID, "科目编码", "带科目编码的表格", List.of())
                    : new Check(ID, Outcome.PASS, "科目编码", null, null, null, null, ID, null, List.of()));
        }
    }

    private static Check fail(BudgetTable table, TableRow row) {
        return new Check(ID, Outcome.FAIL, table.reference() + " " + row.code() + " " + row.name(), null, null,
                null, null, ID, Map.of(ARG_TABLE, table.reference(), ARG_PRINTED, printedCode(row),
                ARG_NAME, row.name()), List.of(row.source()));
    }

    /**
     * The code cells as printed: {@code indented} when they start after empty 类 (or 款) cells, as in tables that
     * print each 款 and 项 under its parent ("", "03", "行政运行 …").
     */
    record PrintedCode(List<String> parts, boolean indented) {
        String text() {
            return String.join(" ", parts);
        }
    }

    static boolean wellFormed(PrintedCode printed, String code) {
        List<String> parts = printed.parts();
        if (parts.isEmpty()) {
            return VALID_LENGTHS.contains(code.length());
        }
        if (printed.indented() && parts.stream().allMatch(p -> p.length() == 2)) {
            return true; // 款 and 项 printed under their parent, the 类 cell left empty
        }
        if (parts.size() == 1) {
            // a whole code in one cell, also after an empty leading cell (预算单位 column, indentation)
            return VALID_LENGTHS.contains(parts.getFirst().length());
        }
        return parts.getFirst().length() == 3 && parts.subList(1, parts.size()).stream().allMatch(p -> p.length() == 2);
    }

    /** The code as printed ("301 2"), else the code read. */
    static String printedCode(TableRow row) {
        PrintedCode printed = printed(row);
        return printed.parts().isEmpty() ? row.code() : printed.text();
    }

    /** The leading all-digit cells (at most 类, 款, 项) of the row's source line, before its name. */
    static PrintedCode printed(TableRow row) {
        String text = row.source() == null ? null : row.source().text();
        List<String> parts = new ArrayList<>();
        if (text == null || !text.contains("\t")) {
            return new PrintedCode(parts, false);
        }
        boolean indented = false;
        for (String cell : text.split("\t", -1)) {
            String c = cell.strip();
            if (c.isEmpty()) {
                indented |= parts.isEmpty();
                continue;
            }
            if (!c.chars().allMatch(Character::isDigit) || parts.size() == 3) {
                break;
            }
            parts.add(c);
        }
        String code = row.code();
        if (!parts.isEmpty() && !code.isEmpty() && !indented
                && !code.startsWith(parts.getFirst().substring(0, Math.min(3, parts.getFirst().length())))) {
            return new PrintedCode(List.of(), false); // the leading digits are another column (a unit code), not the code
        }
        return new PrintedCode(parts, indented);
    }
}
