package budget.audit.rules.impl;

import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ005: the prose contains 绩效目标设置情况的说明 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz005PerformanceExplained extends DelegatingRule {

    public static final String ID = "WZ005";

    public Wz005PerformanceExplained() {
        super(ID, new Presence("绩效目标设置情况的说明", List.of(Item.of("绩效目标", "绩效目标|绩效管理|预算绩效"))));
    }
}
