package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import budget.audit.model.TableRow;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * JS008: the row identities of the 决算 tables, as data (profiles/final-accounts.yaml rowIdentities): in each
 * row of the 支出决算表, 本年支出合计 = 基本支出 + 项目支出 (+ 上缴上级支出, 经营支出, 对附属单位补助支出); of the
 * 一般公共预算财政拨款支出决算表, 合计 = 基本支出 + 项目支出; of the 收入决算表, 本年收入合计 = Σ the income
 * sources. Only columns read as 决算数 take part; blank cells are left out (blank is not 0).
 */
public final class Js008FinalRowIdentity implements FinalAccountsRule {

    public static final String ID = "JS008";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        Consistency consistency = Consistency.from(context);
        int before = context.checks().size();
        for (FinalAccountsLayout.RowIdentity identity : layout.rowIdentities()) {
            FinalAccountsLayout.StandardTable standard = layout.standardTable(identity.table()).orElse(null);
            if (standard == null) {
                continue;
            }
            for (BudgetTable t : filing.tables()) {
                if (t.empty() || !standard.matches(t.title())) {
                    continue;
                }
                int total = -1;
                List<Integer> parts = new ArrayList<>();
                for (int c = 0; c < t.columns().size(); c++) {
                    if (layout.measureOf(t, c) != Measure.FINAL) {
                        continue;
                    }
                    String name = t.columns().get(c);
                    String label = t.columnLabel(c);
                    if (total < 0 && (identity.isTotal(name) || identity.isTotal(label))) {
                        total = c;
                    } else if (identity.others() || identity.parts().contains(name)
                            || identity.parts().contains(label)) {
                        parts.add(c);
                    }
                }
                if (total < 0 || parts.isEmpty()) {
                    continue;
                }
                String relation = relation(t, parts, identity.others());
                List<Check> checks = new ArrayList<>();
                for (TableRow row : t.rows()) {
                    if (row.value(total) == null) {
                        continue;
                    }
                    List<TableChecks.Cell> cells = new ArrayList<>();
                    for (int p : parts) {
                        if (row.value(p) != null) {
                            cells.add(new TableChecks.Cell(t, row, p));
                        }
                    }
                    if (!cells.isEmpty()) {
                        checks.add(TableChecks.sum(ID, consistency, new TableChecks.Cell(t, row, total), cells,
                                relation, false));
                    }
                }
                Check doubt = TableChecks.doubtfulReading(ID, t, "“" + relation + "”列关系", checks);
                (doubt == null ? checks : List.of(doubt)).forEach(context::report);
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "决算表行内关系",
                    "支出决算表、一般公共预算财政拨款支出决算表或收入决算表的合计列及其组成列"));
        }
    }

    private static String relation(BudgetTable t, List<Integer> parts, boolean others) {
        if (others) {
            return "各收入来源之和";
        }
        List<String> names = parts.stream().map(t::columnLabel).toList();
        return names.size() == 2 ? names.get(0) + "与" + names.get(1) + "之和" : String.join("、", names) + "之和";
    }
}
