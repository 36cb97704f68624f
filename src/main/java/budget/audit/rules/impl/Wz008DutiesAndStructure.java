package budget.audit.rules.impl;

import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ008: the prose contains 部门职责与机构设置 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz008DutiesAndStructure extends DelegatingRule {

    public static final String ID = "WZ008";

    public Wz008DutiesAndStructure() {
        super(ID, new Presence("部门职责与机构设置", List.of(Item.of("职责（职能）", "职责|职能"), Item.of("机构设置（单位构成）", "机构设置|单位构成|部门构成|内设|机构情况|预算单位"))));
    }
}
