package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.impl.TableChecks.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TB003: in the 收支总表 and the 财政拨款收支总表, 收入总计 = 支出总计; and 财政拨款收入 = 一般公共预算 + 政府性基金 +
 * 国有资本经营预算 (the rows of the income side).
 */
public final class Tb003SummaryBalance implements Rule {

    public static final String ID = "TB003";

    private static final List<String> SOURCES = List.of("一般公共预算", "政府性基金", "国有资本经营");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        int checked = 0;
        for (TableKind kind : List.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_SUMMARY)) {
            List<BudgetTable> tables = filing.tables(kind);
            Optional<BudgetTable> income = side(tables, BudgetTable.Part.INCOME);
            Optional<BudgetTable> expenditure = side(tables, BudgetTable.Part.EXPENDITURE);
            if (income.isPresent() && expenditure.isPresent()) {
                Optional<Cell> in = grandTotal(income.get());
                Optional<Cell> out = grandTotal(expenditure.get());
                if (in.isPresent() && out.isPresent()) {
                    CompareResult r = consistency.equal(in.get().value(), out.get().value());
                    context.report(TableChecks.compare(ID, r, income.get().title().replace("（收入）", "")
                                    + " 收入总计与支出总计", in.get().value(), out.get().value(),
                            List.of(in.get().source(), out.get().source()),
                            TableChecks.ARG_TABLE, income.get().reference().replace("（收入）", ""),
                            TableChecks.ARG_RELATION, "balance"));
                    checked++;
                }
            }
            if (income.isPresent() && fiscalSplit(income.get(), consistency, context)) {
                checked++;
            }
        }
        if (checked == 0) {
            context.report(TableChecks.notApplicable(ID, "收支总表平衡", "收支总表或财政拨款收支总表"));
        }
    }

    private static Optional<BudgetTable> side(List<BudgetTable> tables, BudgetTable.Part part) {
        return tables.stream().filter(t -> t.part() == part && !t.empty()).findFirst();
    }

    /** The 总计 row (收入总计 / 支出总计) when printed, else the last 合计 row, in the total column. */
    private static Optional<Cell> grandTotal(BudgetTable t) {
        int c = t.totalColumn();
        if (c < 0) {
            return Optional.empty();
        }
        List<TableRow> totals = t.rows().stream().filter(TableRow::isTotal).filter(r -> r.value(c) != null).toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        TableRow row = totals.stream().filter(r -> r.plainName().contains("总计")).findFirst()
                .orElse(totals.getLast());
        return Optional.of(new Cell(t, row, c));
    }

    /** 财政拨款 (or 本年收入) row = Σ the first 一般公共预算 / 政府性基金 / 国有资本经营 rows below it. */
    private static boolean fiscalSplit(BudgetTable t, Consistency consistency, RuleContext context) {
        int c = t.totalColumn();
        if (c < 0) {
            return false;
        }
        int start = -1;
        TableRow parent = null;
        for (int i = 0; i < t.rows().size(); i++) {
            String n = t.rows().get(i).plainName();
            if (n.startsWith("财政拨款") || t.kind() == TableKind.FISCAL_SUMMARY && n.startsWith("本年收入")
                    && !t.rows().get(i).isTotal()) {
                parent = t.rows().get(i);
                start = i + 1;
                break;
            }
        }
        if (parent == null && t.kind() == TableKind.FISCAL_SUMMARY) {
            List<TableRow> totals = t.rows().stream().filter(TableRow::isTotal).toList();
            if (totals.size() == 1) {
                parent = totals.getFirst();
                start = 0;
            }
        }
        if (parent == null || parent.value(c) == null) {
            return false;
        }
        List<Cell> parts = new ArrayList<>();
        for (String source : SOURCES) {
            for (int i = start; i < t.rows().size(); i++) {
                TableRow r = t.rows().get(i);
                if (r != parent && r.plainName().startsWith(source)) {
                    if (r.value(c) != null) {
                        parts.add(new Cell(t, r, c));
                    }
                    break;
                }
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        context.report(TableChecks.sum(ID, consistency, new Cell(t, parent, c), parts,
                "一般公共预算、政府性基金、国有资本经营预算资金之和", true));
        return true;
    }
}
