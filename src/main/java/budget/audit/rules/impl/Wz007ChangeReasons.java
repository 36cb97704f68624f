package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;
import java.util.Optional;

/** WZ007: a stated change of 收入合计 / 支出合计 / 财政拨款 that is not zero comes with its main reason. */
public final class Wz007ChangeReasons implements Rule {

    public static final String ID = "WZ007";

    private static final List<String> KEYS = List.of(FactKeys.INCOME_TOTAL, FactKeys.EXPENDITURE_TOTAL,
            FactKeys.FISCAL_INCOME, FactKeys.FISCAL_EXPENDITURE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        if (Halves.narrativeElsewhere(filing, ID, "收支增减变化原因", context)) {
            return;
        }
        boolean any = false;
        for (String key : KEYS) {
            Optional<Fact> change = filing.prose(FactKeys.change(key)).filter(Fact::readable);
            if (change.isEmpty() || change.get().amount().isZero()) {
                continue;
            }
            any = true;
            boolean reason = Wz001SangongExplained.reasonNear(filing, change.get());
            context.report(new Check(ID, reason ? Outcome.PASS : Outcome.FAIL,
                    FactKeys.chineseName(FactKeys.change(key)), change.get().amount(), null, null, null, ID,
                    Checks.args(Presence.ARG_ITEMS, FactKeys.chineseName(key) + "增减变化的原因",
                            Presence.ARG_MISSING_ITEMS, reason ? null : FactKeys.chineseName(key) + "增减变化的原因"),
                    List.of(change.get().source())));
        }
        if (!any) {
            context.report(Checks.notApplicable(ID, "收支增减变化原因", "收入或支出比上年的增减额", List.of()));
        }
    }
}
