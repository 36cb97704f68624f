package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.SourceLine;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A filing that says it withheld classified items from publication ("根据国家保密法律法规…部分涉密事项在预算公开时予以
 * 剔除"): its printed detail rows may add up to less than their printed total, and that is the notice at work, not
 * an arithmetic error. Such a shortfall is not checked (INSUFFICIENT_DATA with the reason); a detail sum larger
 * than its total is still a failure.
 */
final class WithheldItems {

    private static final Pattern NOTICE =
            Pattern.compile("(涉密|保密)[^。；]{0,40}(予以剔除|作剔除|已剔除|不予公开|未予公开|不公开|未公开)");

    static final String REASON = "文件说明部分涉密事项公开时已剔除，所列明细之和小于上级数可能由此而来，未核对";

    private WithheldItems() {
    }

    /** True when a line of the document (lines joined, a notice may wrap) declares withheld classified items. */
    static boolean declared(BudgetFiling filing) {
        StringBuilder text = new StringBuilder();
        for (SourceLine l : filing.document().lines()) {
            if (l.text() != null) {
                text.append(l.text().replaceAll("\\s+", ""));
            }
        }
        return NOTICE.matcher(text).find();
    }

    /** The checks with every failing sum whose parts fall short of their total set aside with the reason. */
    static List<Check> excuse(List<Check> checks) {
        return checks.stream().map(WithheldItems::excuse).toList();
    }

    private static Check excuse(Check c) {
        if (c.outcome() != Outcome.FAIL || c.difference() == null || c.difference().signum() <= 0) {
            return c;
        }
        return new Check(c.ruleId(), Outcome.INSUFFICIENT_DATA, c.subject(), c.stated(), c.computed(),
                c.difference(), c.unit(), c.ruleId(), Checks.args(Checks.ARG_REASON, REASON), c.evidence());
    }
}
