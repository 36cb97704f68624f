package budget.audit.rules.identity;

import budget.audit.model.Amount;
import budget.audit.model.Fact;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one identity in one origin: the total, the parts found (in the order of the identity's terms) and
 * the names of the required parts not stated.
 */
public record Resolution(Fact total, List<Fact> parts, List<String> missing) {

    public Resolution {
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
    }

    /** The total first, then every part. */
    public List<Fact> all() {
        List<Fact> all = new ArrayList<>();
        all.add(total);
        all.addAll(parts);
        return all;
    }

    public List<Amount> partAmounts() {
        return parts.stream().map(Fact::amount).toList();
    }

    /** The facts (total or parts) whose figure could not be read. */
    public List<Fact> unreadable() {
        return all().stream().filter(f -> !f.readable()).toList();
    }

    /** The readable facts whose amount is not money (they cannot take part in a sum). */
    public List<Fact> notMoney() {
        return all().stream().filter(f -> f.readable() && !f.amount().unit().isMoney()).toList();
    }

    /** Whether the sum can be made: no required part missing, every figure a readable money amount. */
    public boolean checkable() {
        return missing.isEmpty() && unreadable().isEmpty() && notMoney().isEmpty();
    }

    /** total against Σ parts, with the tolerances of {@code consistency}. */
    public SumResult sum(Consistency consistency) {
        return consistency.sum(total.amount(), partAmounts());
    }

    /**
     * A table's total is the sum of that table's parts: the same parts read from another table are not further
     * parts (收支总表 and 收入总表 both list the income sources). Unchanged when the total is not from a table or no
     * part is from its table.
     */
    public Resolution withinTotalsTable() {
        if (total.origin() != Fact.Origin.TABLE || total.source() == null || total.source().table() == null) {
            return this;
        }
        String table = total.source().table();
        List<Fact> same = parts.stream().filter(f -> f.source() != null && table.equals(f.source().table())).toList();
        return same.isEmpty() ? this : new Resolution(total, same, missing);
    }
}
