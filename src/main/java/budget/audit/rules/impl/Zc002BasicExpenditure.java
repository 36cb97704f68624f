package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import budget.audit.model.Fact;

import java.util.EnumSet;
import java.util.List;

/**
 * ZC002: 基本支出 = 人员经费 + 公用经费. When the prose splits the 一般公共预算基本支出 (a narrower scope than the
 * department's whole 基本支出) into 人员经费 and 公用经费, the prose check uses that figure as the total.
 */
public final class Zc002BasicExpenditure implements Rule {

    public static final String ID = "ZC002";

    private static final SumIdentity IDENTITY = new SumIdentity(Identities.BASIC);
    private static final SumIdentity GENERAL_IDENTITY = new SumIdentity(Identities.GENERAL_BASIC);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        EnumSet<Fact.Origin> whole = EnumSet.allOf(Fact.Origin.class);
        if (filing.prose(FactKeys.GENERAL_BASIC).isPresent()) {
            GENERAL_IDENTITY.evaluate(ID, filing, context, EnumSet.of(Fact.Origin.PROSE));
            whole.remove(Fact.Origin.PROSE);
        }
        if (!sameScopeInTables(filing)) {
            whole.remove(Fact.Origin.TABLE);
            context.report(Checks.notApplicable(ID, FactKeys.chineseName(FactKeys.EXPENDITURE_BASIC),
                    "同口径的人员经费、公用经费（表中的人员经费、公用经费取自财政拨款或一般公共预算表，口径窄于部门基本支出）",
                    List.of()));
        }
        if (!whole.isEmpty()) {
            IDENTITY.evaluate(ID, filing, context, whole);
        }
    }

    /**
     * The tables' 基本支出 and its 人员经费 / 公用经费 are of one scope: a 人员经费 read from a 一般公共预算 or 财政拨款
     * table is not a part of the department's 基本支出 read from the 部门支出总表.
     */
    private static boolean sameScopeInTables(BudgetFiling filing) {
        var total = filing.facts(FactKeys.EXPENDITURE_BASIC, Fact.Origin.TABLE).stream().findFirst();
        if (total.isEmpty()) {
            return true;
        }
        String scope = scope(total.get().source().table());
        for (String key : List.of(FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES)) {
            var part = filing.facts(key, Fact.Origin.TABLE).stream().findFirst();
            if (part.isPresent() && !scope(part.get().source().table()).equals(scope)) {
                return false;
            }
        }
        return true;
    }

    private static String scope(String table) {
        String t = table == null ? "" : table;
        return t.contains("一般公共预算") ? "一般公共预算" : t.contains("财政拨款") ? "财政拨款" : "";
    }
}
