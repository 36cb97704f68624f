package budget.audit.rules.impl;

import budget.audit.rules.impl.Presence.Item;

import java.util.List;

/** WZ006: the prose contains 名词解释 (财预〔2016〕143号《地方预决算公开操作规程》). */
public final class Wz006GlossaryPresent extends DelegatingRule {

    public static final String ID = "WZ006";

    public Wz006GlossaryPresent() {
        super(ID, new Presence("名词解释", List.of(Item.of("名词解释", "名词解释|名词说明"))));
    }
}
