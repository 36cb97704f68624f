package budget.audit.rules.impl;

import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ004: the prose contains 国有资产占有使用情况的说明 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz004AssetsExplained extends DelegatingRule {

    public static final String ID = "WZ004";

    public Wz004AssetsExplained() {
        super(ID, new Presence("国有资产占有使用情况的说明", List.of(Item.of("国有资产占有使用情况", "国有资产|车辆\\d+辆"))));
    }
}
