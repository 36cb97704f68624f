package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** WZ003: 政府采购 is explained with its total and the 货物 / 工程 / 服务 split (or that none is budgeted). */
public final class Wz003ProcurementExplained implements Rule {

    public static final String ID = "WZ003";

    private static final Pattern NONE = Pattern.compile("(未安排|无|没有)[^。]{0,10}政府采购");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<String> missing = new ArrayList<>();
        if (filing.prose(FactKeys.PROCUREMENT_TOTAL).isEmpty()) {
            if (!NONE.matcher(ProseScan.proseText(filing)).find()) {
                missing.add("政府采购预算总额");
            }
        } else {
            if (filing.prose(FactKeys.PROCUREMENT_GOODS).isEmpty()) {
                missing.add("货物");
            }
            if (filing.prose(FactKeys.PROCUREMENT_WORKS).isEmpty()) {
                missing.add("工程");
            }
            if (filing.prose(FactKeys.PROCUREMENT_SERVICES).isEmpty()) {
                missing.add("服务");
            }
        }
        context.report(new Check(ID, missing.isEmpty() ? Outcome.PASS : Outcome.FAIL, "政府采购情况说明", null, null,
                null, null, ID, Checks.args(Presence.ARG_ITEMS, "政府采购预算总额及货物、工程、服务",
                Presence.ARG_MISSING_ITEMS, missing.isEmpty() ? null : Checks.join(missing)), List.of()));
    }
}
