package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.impl.TableChecks.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XT002: the same quantity agrees between tables.
 * <ul>
 *   <li>一般公共预算支出表 合计 / 基本支出 / 项目支出 and each 类 = the 一般公共预算 column of the 财政拨款收支总表 (支出);</li>
 *   <li>一般公共预算支出表 ≤ 支出总表 (合计, 基本支出, 项目支出 and each coded row): the department's whole budget
 *       includes the 一般公共预算 one; equal when every 类 agrees is then simply PASS;</li>
 *   <li>收支总表 (支出) 类 rows = 支出总表 类 rows; 收支总表 (收入) 总计 = 收入总表 合计;</li>
 *   <li>基本支出 of the 一般公共预算支出表 = 合计 of the 基本支出经济分类表 (both economic classifications);</li>
 *   <li>项目支出 of the 一般公共预算支出表 = 合计 of the 项目支出表;</li>
 *   <li>整体绩效目标表 预算支出总额 / 基本支出 / 项目支出 (often in 元) = 支出总表 (often in 万元).</li>
 * </ul>
 */
public final class Xt002TablesAgree implements Rule {

    public static final String ID = "XT002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        List<Check> checks = new ArrayList<>();
        Optional<BudgetTable> general = first(filing, TableKind.GENERAL_BUDGET_EXPENDITURE, BudgetTable.Part.WHOLE);
        Optional<BudgetTable> summary = first(filing, TableKind.EXPENDITURE_SUMMARY, BudgetTable.Part.WHOLE);
        Optional<BudgetTable> fiscalOut = first(filing, TableKind.FISCAL_SUMMARY, BudgetTable.Part.EXPENDITURE);
        Optional<BudgetTable> bothOut = first(filing, TableKind.INCOME_EXPENDITURE_SUMMARY, BudgetTable.Part.EXPENDITURE);
        Optional<BudgetTable> bothIn = first(filing, TableKind.INCOME_EXPENDITURE_SUMMARY, BudgetTable.Part.INCOME);
        Optional<BudgetTable> income = first(filing, TableKind.INCOME_SUMMARY, BudgetTable.Part.WHOLE);

        if (general.isPresent() && fiscalOut.isPresent()) {
            BudgetTable f = fiscalOut.get();
            int col = f.column("一般公共预算") >= 0 ? f.column("一般公共预算") : f.totalColumn();
            // a 财政拨款收支总表 that also spends 上年结转 spends at least what the 一般公共预算支出表 (本年) lists
            boolean carryOver = filing.tables(TableKind.FISCAL_SUMMARY).stream()
                    .filter(t -> t.part() == BudgetTable.Part.INCOME).anyMatch(Xt002TablesAgree::hasCarryOver);
            classRows(general.get(), general.get().totalColumn(), f, col, consistency, checks, carryOver);
        }
        if (general.isPresent() && summary.isPresent()) {
            BudgetTable g = general.get();
            BudgetTable s = summary.get();
            for (String column : List.of(BudgetTable.TOTAL, Tb002RowIdentity.BASIC, Tb002RowIdentity.PROJECT)) {
                int gc = column.equals(BudgetTable.TOTAL) ? g.totalColumn() : g.column(column);
                int sc = column.equals(BudgetTable.TOTAL) ? s.totalColumn() : s.column(column);
                if (gc < 0 || sc < 0) {
                    continue;
                }
                pair(cell(g, g.totalRow(), gc), cell(s, s.totalRow(), sc), true, consistency, checks);
                for (TableRow r : g.rows()) {
                    if (!r.code().isEmpty() && unique(g, r.code()) && unique(s, r.code())) {
                        pair(cell(g, Optional.of(r), gc), cell(s, s.row(r.code()), sc), true, consistency, checks);
                    }
                }
            }
        }
        if (bothOut.isPresent() && summary.isPresent()) {
            classRows(summary.get(), summary.get().totalColumn(), bothOut.get(), bothOut.get().totalColumn(),
                    consistency, checks, false);
        }
        if (bothIn.isPresent() && income.isPresent()) {
            BudgetTable a = bothIn.get();
            BudgetTable b = income.get();
            pair(cell(a, lastTotal(a), a.totalColumn()), cell(b, b.totalRow(), b.totalColumn()), false,
                    consistency, checks);
        }
        general.ifPresent(g -> {
            int basic = g.column(Tb002RowIdentity.BASIC);
            int project = g.column(Tb002RowIdentity.PROJECT);
            for (TableKind kind : List.of(TableKind.BASIC_EXPENDITURE_ECONOMIC, TableKind.GOVERNMENT_ECONOMIC)) {
                filing.tables(kind).stream().filter(t -> !t.empty()).findFirst().ifPresent(e ->
                        pair(cell(g, g.totalRow(), basic), cell(e, e.totalRow(), e.totalColumn()), false,
                                consistency, checks));
            }
            // a 项目支出表 over all funding sources holds the 一般公共预算 part in its own column
            filing.tables(TableKind.PROJECT_EXPENDITURE).stream().filter(t -> !t.empty()).forEach(p ->
                    pair(cell(g, g.totalRow(), project), cell(p, p.totalRow(),
                                    p.column("一般公共预算") >= 0 ? p.column("一般公共预算") : p.totalColumn()), false,
                            consistency, checks));
        });
        Optional<BudgetTable> whole = summary.or(() -> general);
        whole.ifPresent(s -> filing.tables(TableKind.PERFORMANCE).stream()
                .filter(t -> !t.empty() && t.title().contains("整体绩效")).findFirst()
                .ifPresent(p -> performance(p, s, consistency, checks)));
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(TableChecks.notApplicable(ID, "表间数据", "两张以上列示同一数据的表格"));
        }
    }

    private static Optional<BudgetTable> first(BudgetFiling filing, TableKind kind, BudgetTable.Part part) {
        return filing.tables(kind).stream().filter(t -> !t.empty() && t.part() == part).findFirst();
    }

    /** True when the code is printed on one row only (a detail table repeats codes: no row stands for it). */
    private static boolean unique(BudgetTable t, String code) {
        return t.rows().stream().filter(r -> r.code().equals(code)).count() == 1;
    }

    /** The income side of a 财政拨款收支总表 lists a 上年结转 with a figure other than 0. */
    private static boolean hasCarryOver(BudgetTable income) {
        int c = income.totalColumn();
        return c >= 0 && income.rows().stream().anyMatch(r -> r.name().contains("上年结转")
                && r.value(c) != null && !r.value(c).isZero());
    }

    private static Optional<TableRow> lastTotal(BudgetTable t) {
        List<TableRow> totals = t.rows().stream().filter(TableRow::isTotal).toList();
        return totals.isEmpty() ? Optional.empty() : Optional.of(totals.getLast());
    }

    private static Optional<Cell> cell(BudgetTable t, Optional<TableRow> row, int column) {
        if (column < 0 || row.isEmpty() || row.get().value(column) == null) {
            return Optional.empty();
        }
        return Optional.of(new Cell(t, row.get(), column));
    }

    /** Each 类 row of {@code coded} (by name) = the row of {@code named} with that name (ordinal stripped), and the totals. */
    private static void classRows(BudgetTable coded, int codedColumn, BudgetTable named, int namedColumn,
                                  Consistency consistency, List<Check> out, boolean atMost) {
        pair(cell(coded, coded.totalRow(), codedColumn), cell(named, lastTotal(named), namedColumn), atMost,
                consistency, out);
        for (TableRow r : coded.rowsAtLevel(1)) {
            Optional<TableRow> match = named.rows().stream()
                    .filter(n -> n.plainName().replace(" ", "").equals(r.name().replace(" ", ""))).findFirst();
            pair(cell(coded, Optional.of(r), codedColumn), cell(named, match, namedColumn), atMost, consistency, out);
        }
    }

    /** a = b (atMost: a ≤ b) between two cells of different tables. */
    private static void pair(Optional<Cell> a, Optional<Cell> b, boolean atMost, Consistency consistency,
                             List<Check> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Amount x = a.get().value();
        Amount y = b.get().value();
        CompareResult r = atMost ? consistency.lessOrEqual(x, y) : consistency.equal(x, y);
        out.add(TableChecks.compare(ID, r, TableChecks.subject(a.get()), x, y,
                List.of(a.get().source(), b.get().source()),
                TableChecks.ARG_TABLE, a.get().table().reference(), TableChecks.ARG_ROW, a.get().row().key(),
                TableChecks.ARG_COLUMN, a.get().label(), "otherTable", b.get().table().reference(),
                "otherRow", b.get().row().key(), TableChecks.ARG_RELATION, atMost ? "atMost" : "equal"));
    }

    /** 整体绩效目标表: its first row with a 合计 holds 预算支出总额 / 基本支出 / 项目支出. */
    private static void performance(BudgetTable p, BudgetTable s, Consistency consistency, List<Check> out) {
        int pc = p.totalColumn();
        Optional<TableRow> row = p.rows().stream().filter(r -> pc >= 0 && r.value(pc) != null).findFirst();
        if (row.isEmpty()) {
            return;
        }
        pair(cell(p, row, pc), cell(s, s.totalRow(), s.totalColumn()), false, consistency, out);
        for (String column : List.of(Tb002RowIdentity.BASIC, Tb002RowIdentity.PROJECT)) {
            pair(cell(p, row, p.column(column)), cell(s, s.totalRow(), s.column(column)), false, consistency, out);
        }
    }
}
