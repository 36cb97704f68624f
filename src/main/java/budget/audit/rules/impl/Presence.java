package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A completeness requirement met by wording in the prose: each named item must be matched by one of its patterns.
 * One check: PASS, or FAIL naming the missing items (arg {@code missingItems}).
 */
record Presence(String subject, List<Item> items) implements RuleBody {

    static final String ARG_MISSING_ITEMS = "missingItems";
    static final String ARG_ITEMS = "items";

    record Item(String name, Pattern pattern) {
        static Item of(String name, String regex) {
            return new Item(name, Pattern.compile(regex));
        }
    }

    @Override
    public void evaluate(String ruleId, BudgetFiling filing, RuleContext context) {
        if (Halves.narrativeElsewhere(filing, ruleId, subject, context)) {
            return;
        }
        String text = ProseScan.proseText(filing);
        List<String> missing = new ArrayList<>();
        for (Item item : items) {
            if (!item.pattern().matcher(text).find()) {
                missing.add(item.name());
            }
        }
        List<String> names = items.stream().map(Item::name).toList();
        context.report(new Check(ruleId, missing.isEmpty() ? Outcome.PASS : Outcome.FAIL, subject, null, null, null,
                null, ruleId, Checks.args(ARG_ITEMS, Checks.join(names),
                ARG_MISSING_ITEMS, missing.isEmpty() ? null : Checks.join(missing)), List.of()));
    }
}
