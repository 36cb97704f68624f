package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import budget.audit.model.Fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.regex.Pattern;

/** WZ003: 政府采购 is explained with its total and the 货物 / 工程 / 服务 split (or that none is budgeted). */
public final class Wz003ProcurementExplained implements Rule {

    public static final String ID = "WZ003";

    private static final String SUBJECT = "政府采购情况说明";
    private static final Pattern PROCUREMENT = Pattern.compile("政府采购");
    private static final Pattern NONE = Pattern.compile("(未安排|无|没有)[^。]{0,10}政府采购");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        if (Halves.narrativeElsewhere(filing, ID, SUBJECT, context)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        Optional<Fact> total = filing.prose(FactKeys.PROCUREMENT_TOTAL);
        String window = Halves.window(filing, PROCUREMENT, 1);
        if (total.isEmpty() && window.isEmpty()) {
            if (!NONE.matcher(ProseScan.proseText(filing)).find()) {
                missing.add("政府采购预算总额");
            }
        } else {
            List<String> parts = new ArrayList<>();
            addIfMissing(filing, FactKeys.PROCUREMENT_GOODS, "货物", window, parts);
            addIfMissing(filing, FactKeys.PROCUREMENT_WORKS, "工程", window, parts);
            addIfMissing(filing, FactKeys.PROCUREMENT_SERVICES, "服务", window, parts);
            // a category left unnamed while the named ones add up to the total is nil, not unexplained
            if (!parts.isEmpty() && !(total.isPresent() && namedAddUp(filing, total.get()))) {
                missing.addAll(parts);
            }
        }
        context.report(new Check(ID, missing.isEmpty() ? Outcome.PASS : Outcome.FAIL, SUBJECT, null, null,
                null, null, ID, Checks.args(Presence.ARG_ITEMS, "政府采购预算总额及货物、工程、服务",
                Presence.ARG_MISSING_ITEMS, missing.isEmpty() ? null : Checks.join(missing)), List.of()));
    }

    private static void addIfMissing(BudgetFiling filing, String key, String name, String window, List<String> out) {
        if (filing.prose(key).isEmpty() && !window.contains(name)) {
            out.add(name);
        }
    }

    /** The stated categories (at least one) add up exactly to the stated total. */
    private static boolean namedAddUp(BudgetFiling filing, Fact total) {
        if (!total.readable() || !total.amount().unit().isMoney()) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int named = 0;
        for (String key : List.of(FactKeys.PROCUREMENT_GOODS, FactKeys.PROCUREMENT_WORKS,
                FactKeys.PROCUREMENT_SERVICES)) {
            Optional<Fact> part = filing.prose(key);
            if (part.isEmpty()) {
                continue;
            }
            if (!part.get().readable() || !part.get().amount().unit().isMoney()) {
                return false;
            }
            sum = sum.add(part.get().amount().toYuan());
            named++;
        }
        return named > 0 && sum.compareTo(total.amount().toYuan()) == 0;
    }
}
