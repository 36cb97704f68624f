package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.impl.TableChecks.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TB001: within a table, in every amount column, 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类 (uncoded summary tables: 合计 =
 * Σ top rows, a top row = Σ the rows below it); codes prefix-consistent (a 项 under its 款). One check per
 * (table, parent row, column) with both a stated value and at least one part; blank cells are left out.
 */
public final class Tb001TableHierarchy implements Rule {

    public static final String ID = "TB001";

    /**
     * Table kinds with a row hierarchy (the “三公”, 绩效 and 采购 tables have none; nor has the 结转资金 table, a
     * list of items without a total row).
     */
    static final Set<TableKind> KINDS = Set.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.INCOME_SUMMARY,
            TableKind.EXPENDITURE_SUMMARY, TableKind.FISCAL_SUMMARY, TableKind.GENERAL_BUDGET_EXPENDITURE,
            TableKind.BASIC_EXPENDITURE_ECONOMIC, TableKind.GOVERNMENT_ECONOMIC, TableKind.GOVERNMENT_FUND,
            TableKind.STATE_CAPITAL, TableKind.PROJECT_EXPENDITURE, TableKind.FISCAL_EXPENDITURE,
            TableKind.OPERATING_EXPENSES, TableKind.PURCHASED_SERVICES, TableKind.SPECIAL_PROJECT_FUNDS);

    /** Template arg of a misplaced code: the parent row it sits under. */
    static final String ARG_PARENT = "parent";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        int checked = 0;
        boolean withheld = WithheldItems.declared(filing);
        for (BudgetTable table : filing.tables()) {
            if (table.empty() || !KINDS.contains(table.kind())) {
                continue;
            }
            TableTree tree = TableTree.of(table);
            List<Check> checks = new ArrayList<>();
            if (tree.total() != null && !tree.top().isEmpty()) {
                String relation = table.hasCodes() ? "各类之和" : "各项之和";
                sums(table, tree.total(), tree.top(), relation, consistency, checks);
            }
            for (Map.Entry<TableRow, List<TableRow>> g : tree.groups().entrySet()) {
                sums(table, g.getKey(), g.getValue(), relationOf(table, g.getKey()), consistency, checks);
            }
            Check doubt = TableChecks.doubtfulReading(ID, table, "科目层级", checks);
            if (doubt != null) {
                context.report(doubt);
                checked++;
                continue;
            }
            tree.misplaced().forEach((row, parent) -> checks.add(misplaced(table, row, parent)));
            (withheld ? WithheldItems.excuse(checks) : checks).forEach(context::report);
            checked += checks.size();
        }
        if (checked == 0) {
            context.report(TableChecks.notApplicable(ID, "表内层级", "含科目层级的表格"));
        }
    }

    private static String relationOf(BudgetTable table, TableRow parent) {
        if (!table.hasCodes()) {
            return "所列明细之和";
        }
        return switch (parent.level()) {
            case 1 -> "所属各款之和";
            case 2 -> "所属各项之和";
            default -> "所属明细之和";
        };
    }

    private static void sums(BudgetTable table, TableRow parent, List<TableRow> parts, String relation,
                             Consistency consistency, List<Check> out) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (parent.value(c) == null) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (TableRow part : parts) {
                if (part.value(c) != null) {
                    cells.add(new Cell(table, part, c));
                }
            }
            if (!cells.isEmpty()) {
                out.add(TableChecks.sum(ID, consistency, new Cell(table, parent, c), cells, relation, true));
            }
        }
    }

    private static Check misplaced(BudgetTable table, TableRow row, TableRow parent) {
        int c = Math.max(0, table.totalColumn());
        return new Check(ID, Outcome.FAIL, table.reference() + " " + row.key() + " 科目编码", null, null, null, null,
                ID, Checks.args(TableChecks.ARG_TABLE, table.reference(), TableChecks.ARG_ROW, row.key(),
                ARG_PARENT, parent.key()),
                List.of(table.cellSource(row, c), table.cellSource(parent, c)));
    }
}
