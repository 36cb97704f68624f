package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ004: the prose contains 国有资产占有使用情况的说明 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz004AssetsExplained implements Rule {

    public static final String ID = "WZ004";

    private static final Presence PRESENCE = new Presence("国有资产占有使用情况的说明", List.of(Item.of("国有资产占有使用情况", "国有资产|车辆\\d+辆")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        PRESENCE.evaluate(ID, filing, context);
    }
}
