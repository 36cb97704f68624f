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
        for (TableRow r : table.rows()) {
            if (r.code().isEmpty() || r.level() == 0) {
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
