package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * XT003: a quantity the prose states more than once is stated with the same amount each time (e.g. a 功能分类 item
 * that opens with 350.35万元 and later says "预算安排352.67万元"). Every later statement is compared with the first
 * using {@link Consistency#equal}. Family keys are grouped by label; change and previous-year keys are not
 * compared (a change or a last-year figure is another quantity).
 */
public final class Xt003ProseRestated implements Rule {

    public static final String ID = "XT003";

    private static final Set<String> KEYS = Set.of(FactKeys.INCOME_TOTAL, FactKeys.EXPENDITURE_TOTAL,
            FactKeys.EXPENDITURE_BASIC, FactKeys.EXPENDITURE_PROJECT, FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES,
            FactKeys.FUNCTION_CLASS, FactKeys.EXPENDITURE_ITEM, FactKeys.GENERAL_EXPENDITURE, FactKeys.GENERAL_BASIC,
            FactKeys.GENERAL_FUNCTION_CLASS, FactKeys.FISCAL_INCOME, FactKeys.FISCAL_EXPENDITURE,
            FactKeys.SANGONG_TOTAL, FactKeys.SANGONG_ABROAD, FactKeys.SANGONG_VEHICLE,
            FactKeys.SANGONG_VEHICLE_PURCHASE, FactKeys.SANGONG_VEHICLE_OPERATION, FactKeys.SANGONG_RECEPTION,
            FactKeys.JY_TOTAL, FactKeys.PROCUREMENT_TOTAL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        Map<String, List<Fact>> statements = new LinkedHashMap<>();
        for (Fact f : filing.facts()) {
            if (f.origin() == Fact.Origin.PROSE && KEYS.contains(f.key()) && f.readable()
                    && f.amount().unit().isMoney()) {
                statements.computeIfAbsent(f.key() + "|" + (f.label() == null ? "" : f.label()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<Check> checks = new ArrayList<>();
        for (List<Fact> facts : statements.values()) {
            Fact first = facts.getFirst();
            String name = Checks.nameOf(first, true);
            for (Fact later : facts.subList(1, facts.size())) {
                checks.add(TableChecks.compare(ID, consistency.equal(first.amount(), later.amount()),
                        name + "（说明文字前后）", first.amount(), later.amount(),
                        List.of(first.source(), later.source()), "name", name,
                        "firstLine", first.source().line(), "laterLine", later.source().line()));
            }
        }
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(TableChecks.notApplicable(ID, "说明文字前后数据", "说明文字中重复列示的数据"));
        }
    }
}
