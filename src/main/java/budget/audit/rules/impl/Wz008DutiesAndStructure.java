package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ008: the prose contains 部门职责与机构设置 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz008DutiesAndStructure implements Rule {

    public static final String ID = "WZ008";

    private static final Presence PRESENCE = new Presence("部门职责与机构设置", List.of(Item.of("职责（职能）", "职责|职能"), Item.of("机构设置（单位构成）", "机构设置|单位构成|部门构成|内设|机构情况|预算单位")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        PRESENCE.evaluate(ID, filing, context);
    }
}
