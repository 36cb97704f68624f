package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SR001: 收入合计 = Σ 收入来源 (including 上年结转结余). A source list that contains a subtotal row (小计, 合计, 行次 …)
 * mixes levels: which rows are the sources is not known, so that origin is not checked (and the report says why).
 */
public final class Sr001IncomeBySource implements Rule {

    public static final String ID = "SR001";

    /** Labels that are no source of income but a subtotal or a column caption read as a row. */
    private static final Pattern NOT_A_SOURCE = Pattern.compile("^(小计|合计|总计|行次|栏次)$|小计$");

    private final SumIdentity identity = new SumIdentity(Identities.INCOME);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Set<Fact.Origin> checked = EnumSet.noneOf(Fact.Origin.class);
        boolean skipped = false;
        for (Fact.Origin origin : Fact.Origin.values()) {
            List<Fact> sources = filing.facts(FactKeys.INCOME_SOURCE, origin);
            List<Fact> subtotals = sources.stream()
                    .filter(f -> f.label() != null && NOT_A_SOURCE.matcher(f.label().strip()).find()).toList();
            if (subtotals.isEmpty() || filing.facts(FactKeys.INCOME_TOTAL, origin).isEmpty()) {
                checked.add(origin);
            } else {
                skipped = true;
                context.report(Checks.notApplicable(ID, Checks.subject(FactKeys.chineseName(FactKeys.INCOME_TOTAL),
                                filing.facts(FactKeys.INCOME_TOTAL, origin).getFirst()),
                        "收入来源（所列来源中含小计行，层级无法确定）", subtotals));
            }
        }
        boolean anyTotal = checked.stream().anyMatch(o -> !filing.facts(FactKeys.INCOME_TOTAL, o).isEmpty());
        if (anyTotal || !skipped) {
            identity.evaluate(ID, filing, context, checked);
        }
    }
}
