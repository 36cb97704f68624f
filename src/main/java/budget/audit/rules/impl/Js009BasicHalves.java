package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;

import java.util.List;
import java.util.Optional;

/**
 * JS009: across the 决算 tables, 人员经费合计 + 公用经费合计 of the 一般公共预算财政拨款基本支出决算表 = the 基本支出 of
 * the 一般公共预算财政拨款支出决算表 (合计 row). The total rows are found by name (profiles/final-accounts.yaml
 * basicHalves); a half whose total row was not read leaves the check undone.
 */
public final class Js009BasicHalves implements FinalAccountsRule {

    public static final String ID = "JS009";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        Optional<TableChecks.Cell> basic = basicTotal(filing, layout);
        Optional<TableChecks.Cell> personnel = half(filing, layout, true);
        Optional<TableChecks.Cell> pub = half(filing, layout, false);
        if (basic.isEmpty() || personnel.isEmpty() || pub.isEmpty()) {
            context.report(TableChecks.notApplicable(ID, "基本支出与人员经费、公用经费",
                    "一般公共预算财政拨款支出决算表的基本支出合计，以及基本支出决算表的人员经费合计与公用经费合计"));
            return;
        }
        context.report(TableChecks.sum(ID, Consistency.from(context), basic.get(),
                List.of(personnel.get(), pub.get()), "基本支出决算表人员经费合计与公用经费合计之和", true));
    }

    private static Optional<TableChecks.Cell> basicTotal(BudgetFiling filing, FinalAccountsLayout layout) {
        for (BudgetTable t : filing.tables(TableKind.GENERAL_BUDGET_EXPENDITURE)) {
            if (!FinalAccountsLayout.isFinalTable(t) || t.empty()) {
                continue;
            }
            int c = t.column(Tb002RowIdentity.BASIC);
            Optional<TableRow> total = t.rows().stream().filter(TableRow::isTotal).findFirst();
            if (c >= 0 && total.isPresent() && total.get().value(c) != null
                    && layout.measureOf(t, c) == Measure.FINAL) {
                return Optional.of(new TableChecks.Cell(t, total.get(), c));
            }
        }
        return Optional.empty();
    }

    /** The 人员经费合计 (or 公用经费合计) row of a 基本支出决算表 whose one amount column is a 决算数. */
    private static Optional<TableChecks.Cell> half(BudgetFiling filing, FinalAccountsLayout layout,
                                                   boolean personnel) {
        for (BudgetTable t : filing.tables(TableKind.BASIC_EXPENDITURE_ECONOMIC)) {
            if (!FinalAccountsLayout.isFinalTable(t) || t.empty() || t.columns().size() != 1
                    || layout.measureOf(t, 0) != Measure.FINAL) {
                continue;
            }
            for (TableRow r : t.rows()) {
                String name = r.name() == null ? "" : r.name();
                boolean match = personnel ? layout.basicHalves().isPersonnelTotal(name)
                        : layout.basicHalves().isPublicTotal(name);
                if (match && r.value(0) != null) {
                    return Optional.of(new TableChecks.Cell(t, r, 0));
                }
            }
        }
        return Optional.empty();
    }
}
