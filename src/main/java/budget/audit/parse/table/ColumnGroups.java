package budget.audit.parse.table;

import budget.audit.model.BudgetTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The column groups of a table, read from the header paths ("本年收入/小计", "本年收入/一般公共预算资金" …): which
 * columns add up to a total without counting a group twice.
 */
public final class ColumnGroups {

    private ColumnGroups() {
    }

    /**
     * The columns among {@code cols} that add up to their common total: a group printed with its own 小计 counts by
     * that 小计, a group without one by its columns. Each group 小计 is reported to {@code subtotal} with the columns
     * it stands for.
     */
    public static List<Integer> parts(BudgetTable t, List<Integer> cols, BiConsumer<Integer, List<Integer>> subtotal) {
        return parts(t, cols, 0, subtotal);
    }

    private static List<Integer> parts(BudgetTable t, List<Integer> cols, int depth,
                                       BiConsumer<Integer, List<Integer>> subtotal) {
        LinkedHashMap<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int c : cols) {
            String[] path = t.columnHeaders().get(c).split("/");
            String key = path.length > depth + 1 ? path[depth] : "#" + c;
            if (path.length == depth + 2 && ColumnNames.isGenericTotal(path[depth + 1])) {
                key = path[depth];
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Integer> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            if (members.size() == 1) {
                out.add(members.getFirst());
                continue;
            }
            Integer sub = null;
            for (int c : members) {
                String[] path = t.columnHeaders().get(c).split("/");
                if (path.length == depth + 2 && ColumnNames.isGenericTotal(path[depth + 1])) {
                    sub = c;
                    break;
                }
            }
            List<Integer> rest = new ArrayList<>(members);
            if (sub == null) {
                out.addAll(parts(t, rest, depth + 1, subtotal));
                continue;
            }
            rest.remove(sub);
            out.add(sub);
            subtotal.accept(sub, parts(t, rest, depth + 1, subtotal));
        }
        return out;
    }
}
