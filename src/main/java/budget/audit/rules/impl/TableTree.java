package budget.audit.rules.impl;

import budget.audit.model.BudgetTable;
import budget.audit.model.TableRow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The row hierarchy of a table as printed, read in document order.
 *
 * <p>Coded tables: a row's parent is the nearest row above it at a higher level (类 above 款 above 项); a row whose
 * code repeats the code of a row still open above it (a code printed damaged, "301 2" read as 301) is taken as a
 * child of that row, so a damaged code does not break the sums (other rules report the code). A child whose code
 * does not start with its parent's code is {@link #misplaced()}.
 *
 * <p>Uncoded tables: rows named with a top ordinal ("一、", "二、") are the top rows and the rows below each one its
 * children; without such ordinals every row is a top row. Only when the table has exactly one 合计/总计 row.
 */
final class TableTree {

    private static final Pattern TOP_ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、.*");

    private final TableRow total;
    private final List<TableRow> top = new ArrayList<>();
    private final Map<TableRow, List<TableRow>> children = new LinkedHashMap<>();
    private final Map<TableRow, TableRow> misplaced = new IdentityHashMap<>();

    private TableTree(TableRow total) {
        this.total = total;
    }

    static TableTree of(BudgetTable table) {
        List<TableRow> totals = table.rows().stream().filter(TableRow::isTotal).toList();
        if (table.hasCodes() && isCrossClassified(table)) {
            // one row per combination (功能科目 × 经济科目): every coded row is a detail of the 合计
            TableTree tree = new TableTree(totals.size() == 1 ? totals.getFirst() : null);
            table.rows().stream().filter(r -> r.level() > 0).forEach(tree.top::add);
            return tree;
        }
        if (table.hasCodes()) {
            TableTree tree = new TableTree(totals.isEmpty() ? null : totals.getFirst());
            tree.coded(table);
            return tree;
        }
        TableTree tree = new TableTree(totals.size() == 1 ? totals.getFirst() : null);
        if (totals.size() == 1) {
            tree.uncoded(table);
        }
        return tree;
    }

    private void coded(BudgetTable table) {
        Deque<TableRow> open = new ArrayDeque<>();
        java.util.Set<String> printed = new java.util.HashSet<>();
        table.rows().forEach(r -> printed.add(r.code()));
        List<TableRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (r.code().isEmpty() || r.level() == 0) {
                if (!open.isEmpty() && isUnitHeading(rows, i)) {
                    open.clear(); // a budget unit's heading: its own 类/款/项 rows follow
                }
                continue;
            }
            TableRow same = open.stream().filter(o -> o.code().equals(r.code())).findFirst().orElse(null);
            if (same != null && same != r) {
                children.computeIfAbsent(same, k -> new ArrayList<>()).add(r);
                continue;
            }
            while (!open.isEmpty() && open.peek().level() >= r.level()) {
                open.pop();
            }
            TableRow parent = open.peek();
            if (parent != null && !r.code().startsWith(parent.code())) {
                // a code whose own parent is not printed (3010201 with no 30102 row): it belongs to the nearest
                // open row its code starts with (301); misplaced only when its own parent is printed elsewhere
                TableRow ancestor = open.stream().filter(o -> r.code().startsWith(o.code())).findFirst().orElse(null);
                String ownParent = r.code().substring(0, r.code().length() - 2);
                if (ancestor != null && !printed.contains(ownParent)) {
                    while (open.peek() != ancestor) {
                        open.pop();
                    }
                    parent = ancestor;
                }
            }
            if (parent == null) {
                top.add(r);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
                if (!r.code().startsWith(parent.code())) {
                    misplaced.put(r, parent);
                }
            }
            open.push(r);
        }
    }

    /**
     * A detail table listing one row per combination of classifications: some code is printed on several rows and
     * no code is the parent (prefix) of another.
     */
    private static boolean isCrossClassified(BudgetTable table) {
        List<String> codes = table.rows().stream().filter(r -> r.level() > 0).map(TableRow::code).toList();
        java.util.Set<String> distinct = new java.util.HashSet<>(codes);
        if (distinct.size() == codes.size()) {
            return false;
        }
        for (String a : distinct) {
            for (String b : distinct) {
                if (!a.equals(b) && b.startsWith(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An uncoded row with figures, not a total, directly followed by a 类 row: the heading of one budget unit. */
    private static boolean isUnitHeading(List<TableRow> rows, int i) {
        TableRow r = rows.get(i);
        if (r.isTotal() || r.isBlank() || r.name().isBlank() || i + 1 >= rows.size()) {
            return false;
        }
        return rows.get(i + 1).level() == 1;
    }

    private void uncoded(BudgetTable table) {
        boolean ordinals = table.rows().stream().anyMatch(r -> TOP_ORDINAL.matcher(r.name()).matches());
        TableRow current = null;
        for (TableRow r : table.rows()) {
            if (r.isTotal() || r.name().isBlank()) {
                continue;
            }
            if (!ordinals || TOP_ORDINAL.matcher(r.name()).matches()) {
                top.add(r);
                current = r;
            } else if (current != null) {
                children.computeIfAbsent(current, k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** The 合计 row, or null. */
    TableRow total() {
        return total;
    }

    /** Rows without a parent (类 rows; top rows of an uncoded table). */
    List<TableRow> top() {
        return List.copyOf(top);
    }

    /** Parents with their children, in document order. */
    Map<TableRow, List<TableRow>> groups() {
        return children;
    }

    /** Children whose code does not start with their parent's code, mapped to that parent. */
    Map<TableRow, TableRow> misplaced() {
        return misplaced;
    }
}
