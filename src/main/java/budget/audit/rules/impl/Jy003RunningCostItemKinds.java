package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.identity.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JY003: the items of 机关运行经费 are 公用经费 kinds (商品和服务支出, 资本性支出), not 人员经费 kinds (工资福利支出,
 * 对个人和家庭的补助). One check per origin that itemizes 机关运行经费; FAIL names the offending items.
 */
public final class Jy003RunningCostItemKinds implements Rule {

    public static final String ID = "JY003";

    /** Template arg: the offending item names, joined by "、". */
    static final String ARG_ITEMS = "items";

    /**
     * Name fragments of 人员经费 items (economic classes 301 工资福利支出 and 303 对个人和家庭的补助). Deliberately not
     * "福利费" / "工会经费" / "公务交通补贴", which are 302 商品和服务支出.
     */
    private static final List<String> PERSONNEL_FRAGMENTS = List.of(
            "工资", "津贴", "奖金", "伙食补助", "社会保障缴费", "养老保险", "职业年金", "医疗保险", "公务员医疗补助",
            "住房公积金", "对个人和家庭", "离休费", "退休费", "退职", "抚恤", "生活补助", "医疗费补助", "助学金",
            "奖励金", "人员经费", "人员支出");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        boolean itemized = false;
        for (Fact.Origin origin : Fact.Origin.values()) {
            List<Fact> items = new Term.Family(FactKeys.JY_ITEM, true).resolve(filing, origin);
            if (!items.isEmpty()) {
                itemized = true;
                context.report(check(filing, origin, items));
            }
        }
        if (!itemized) {
            String name = FactKeys.chineseName(FactKeys.JY_ITEM);
            context.report(Checks.notApplicable(ID, name, name, List.of()));
        }
    }

    private Check check(BudgetFiling filing, Fact.Origin origin, List<Fact> items) {
        Optional<Fact> total = filing.facts(FactKeys.JY_TOTAL, origin).stream().findFirst();
        String subject = Checks.subject(FactKeys.chineseName(FactKeys.JY_ITEM), items.get(0));
        List<Fact> offending = items.stream().filter(f -> isPersonnelItem(f.label())).toList();
        List<Fact> evidence = new ArrayList<>();
        total.ifPresent(evidence::add);
        evidence.addAll(offending.isEmpty() ? items : offending);
        Outcome outcome = offending.isEmpty() ? Outcome.PASS : Outcome.FAIL;
        List<String> names = offending.stream().map(f -> Checks.nameOf(f, true)).toList();
        Amount stated = total.filter(Fact::readable).map(Fact::amount).orElse(null);
        return new Check(ID, outcome, subject, stated, null, null, stated == null ? null : stated.unit(), ID,
                Checks.args(Checks.ARG_ORIGIN, Checks.originLabel(items.get(0)),
                        ARG_ITEMS, Checks.join(names)),
                Checks.evidence(evidence));
    }

    static boolean isPersonnelItem(String label) {
        if (label == null) {
            return false;
        }
        return PERSONNEL_FRAGMENTS.stream().anyMatch(label::contains);
    }
}
