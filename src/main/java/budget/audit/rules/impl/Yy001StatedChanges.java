package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.identity.Identity;

import java.util.List;

/**
 * YY001: stated year-on-year changes other than “三公”经费 (收入, 支出, 基本/项目, 功能分类 items, 机关运行经费 ...):
 * the change of a total = Σ the changes of its parts, and change = this year − last year where both are stated.
 */
public final class Yy001StatedChanges implements Rule {

    public static final String ID = "YY001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<Identity> levels = Identities.LEVELS;
        List<Identity> identities = levels.subList(2, levels.size()).stream().map(Identity::changes).toList();
        int n = ChangeChecks.sums(ID, filing, context, identities);
        n += ChangeChecks.previous(ID, filing, context, key -> !key.startsWith("sangong."));
        if (n == 0) {
            context.report(Checks.notApplicable(ID, "比上年增减", "可相互核对的增减额（合计及各组成部分的增减，或上年数）",
                    List.of()));
        }
    }
}
