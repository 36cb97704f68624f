package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JS006: the 绩效自评 coverage a 决算 states, "共涉及资金A万元，占一般公共预算项目支出总额的X%", recomputed against
 * the 项目支出 决算数 of the 一般公共预算财政拨款支出决算表 (合计 row): A ÷ 项目支出 must be X%. Only the
 * 一般公共预算 statement is checked (its base is in a table of the filing); a base of zero gives no share.
 */
public final class Js006PerformanceCoverage implements FinalAccountsRule {

    public static final String ID = "JS006";

    private static final Pattern COVERAGE = Pattern.compile("(?:共)?涉及(?:资金|金额)(?:为)?" + FinalProse.NUMBER
            + "(万元|元|亿元)[，,]?占(?:本部门)?一般公共预算(?:财政拨款)?项目支出(?:总额|决算数?|合计)?的" + FinalProse.NUMBER + "%");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        int before = context.checks().size();
        Optional<TableChecks.Cell> base = projectTotal(filing);
        for (FinalProse.Text p : FinalProse.paragraphs(filing)) {
            Matcher m = COVERAGE.matcher(p.text());
            while (m.find()) {
                Amount amount = FinalProse.money(m.group(1), m.group(2));
                Amount percent = FinalProse.percent(m.group(3));
                Provenance at = p.at(filing, m.start(1));
                if (base.isEmpty() || base.get().value().isZero()) {
                    context.report(new Check(ID, Outcome.NOT_APPLICABLE, "绩效自评涉及资金", null, null, null, null,
                            ID, Checks.args(Checks.ARG_MISSING,
                                    "不为零的一般公共预算财政拨款项目支出决算数（一般公共预算财政拨款支出决算表）"),
                            List.of(at)));
                    continue;
                }
                TableChecks.Cell cell = base.get();
                List<Provenance> evidence = new ArrayList<>(List.of(at, cell.source()));
                context.report(FinalShares.check(ID, "绩效自评涉及资金占一般公共预算项目支出", percent, amount,
                        cell.value(), evidence, Map.of(TableChecks.ARG_TABLE, cell.table().reference())));
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "绩效自评覆盖面", "绩效自评涉及资金及其占项目支出的比例"));
        }
    }

    /** 项目支出 of the 合计 row of the 一般公共预算财政拨款支出决算表, read as a 决算数. */
    private static Optional<TableChecks.Cell> projectTotal(BudgetFiling filing) {
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        for (BudgetTable t : filing.tables(TableKind.GENERAL_BUDGET_EXPENDITURE)) {
            if (!FinalAccountsLayout.isFinalTable(t) || t.empty()) {
                continue;
            }
            int c = t.column(Tb002RowIdentity.PROJECT);
            Optional<TableRow> total = t.rows().stream().filter(TableRow::isTotal).findFirst();
            if (c >= 0 && total.isPresent() && total.get().value(c) != null
                    && layout.measureOf(t, c) == Measure.FINAL) {
                return Optional.of(new TableChecks.Cell(t, total.get(), c));
            }
        }
        return Optional.empty();
    }
}
