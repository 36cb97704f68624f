package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the checks of the table rules. Every check made on a table cell names it the same way: the subject is
 * "table row column", the first evidence is the checked cell ({@link BudgetTable#cellSource}), so the report can
 * mark the cell; the parts' cells follow.
 */
public final class TableChecks {

    /** Template arg: the table's reference ("附件2 …支出预算表"). */
    static final String ARG_TABLE = "table";
    /** Of a doubtful reading: how many sums telling about the reading were checked, and how many failed. */
    public static final String ARG_CHECKED = "checked";
    public static final String ARG_FAILED = "failed";
    /** Template arg: the row ("208 社会保障和就业支出", "合计"). */
    static final String ARG_ROW = "row";
    /** Template arg: the column as printed ("基本支出"). */
    static final String ARG_COLUMN = "column";
    /** Template arg: what the figure should equal, in words ("所属各款之和", "基本支出与项目支出之和"). */
    static final String ARG_RELATION = "relation";

    private TableChecks() {
    }

    /** One cell of a table. */
    record Cell(BudgetTable table, TableRow row, int column) {
        Amount value() {
            return row.value(column);
        }

        Provenance source() {
            return table.cellSource(row, column);
        }

        String label() {
            return table.columnLabel(column);
        }

        /** "208 社会保障和就业支出 68.54" / "基本支出 646.51" — a part as cited in a message. */
        String cite(boolean byRow) {
            return (byRow ? row.key() : label()) + " " + value().printed();
        }
    }

    static String subject(Cell cell) {
        return cell.table().reference() + " " + cell.row().key() + " " + cell.label();
    }

    /** stated cell = Σ part cells (parts without a value are left out: blank is not 0). */
    static Check sum(String ruleId, Consistency consistency, Cell stated, List<Cell> parts, String relation,
                     boolean partsByRow) {
        List<Amount> amounts = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        List<Provenance> evidence = new ArrayList<>();
        evidence.add(stated.source());
        for (Cell part : parts) {
            amounts.add(part.value());
            cited.add(part.cite(partsByRow));
            evidence.add(part.source());
        }
        SumResult result = consistency.sum(stated.value(), amounts);
        return new Check(ruleId, result.outcome(), subject(stated), stated.value(), result.computed(),
                result.difference(), result.unit(), ruleId,
                Checks.args(ARG_TABLE, stated.table().reference(), ARG_ROW, stated.row().key(),
                        ARG_COLUMN, stated.label(), ARG_RELATION, relation,
                        Checks.ARG_PARTS, String.join("、", cited)),
                evidence);
    }

    /** a = b (or a ≤ b) between two cited figures; evidence a then b. */
    static Check compare(String ruleId, CompareResult result, String subject, Amount a, Amount b,
                         List<Provenance> evidence, Object... args) {
        Object[] all = new Object[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = PairComparison.ARG_OTHER;
        all[args.length + 1] = Checks.printed(b);
        return new Check(ruleId, result.outcome(), subject, a, result.other(), result.difference(), result.unit(),
                ruleId, Checks.args(all), evidence);
    }

    /**
     * Fail closed: the checks of one reading of a table (its row hierarchy, or one column identity) are kept only
     * when the reading holds for the most part. When at least two of them fail and the failures are the majority,
     * the reading itself is in doubt (a table read with the wrong structure, not a table with many errors): the
     * checks are dropped and one INSUFFICIENT_DATA check says why; returns null when the reading holds.
     */
    static Check doubtfulReading(String ruleId, BudgetTable table, String what, List<Check> checks) {
        long fails = checks.stream().filter(c -> c.outcome() == Outcome.FAIL).count();
        // 0 = 0 + 0 says nothing about the reading: such checks are not counted
        long telling = checks.stream().filter(c -> c.outcome() == Outcome.FAIL
                || c.stated() == null || !c.stated().isZero()).count();
        if (fails < 2 || fails * 2 <= telling) {
            return null;
        }
        String reason = "按本工具对该表" + what + "的读法，" + telling + "处核对中有" + fails
                + "处不成立，表格结构未能确认（可能为分单位列示、交叉分类明细或本工具尚不认识的表式），未核对";
        return new Check(ruleId, Outcome.INSUFFICIENT_DATA, table.reference() + " " + what, null, null, null, null,
                ruleId, Checks.args(Checks.ARG_REASON, reason, ARG_CHECKED, telling, ARG_FAILED, fails),
                List.of(table.source().inTable(table.reference(), null, null)));
    }

    /** A check that found nothing to test (no such tables, no such figures). */
    static Check notApplicable(String ruleId, String subject, String missing) {
        return new Check(ruleId, Outcome.NOT_APPLICABLE, subject, null, null, null, null, ruleId,
                Checks.args(Checks.ARG_MISSING, missing), List.of());
    }
}
