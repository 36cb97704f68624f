package budget.audit.rules.impl;

import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ002: the prose contains 机关运行经费的说明 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz002RunningCostExplained extends DelegatingRule {

    public static final String ID = "WZ002";

    public Wz002RunningCostExplained() {
        super(ID, new Presence("机关运行经费的说明", List.of(Item.of("机关运行经费", "机关运行经费|运行经费"))));
    }
}
