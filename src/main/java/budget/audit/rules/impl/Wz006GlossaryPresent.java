package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ006: the prose contains 名词解释 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz006GlossaryPresent implements Rule {

    public static final String ID = "WZ006";

    private static final Presence PRESENCE = new Presence("名词解释", List.of(Item.of("名词解释", "名词解释|名词说明")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        PRESENCE.evaluate(ID, filing, context);
    }
}
