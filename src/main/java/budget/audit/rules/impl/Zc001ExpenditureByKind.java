package budget.audit.rules.impl;

/** ZC001: 支出合计 = 基本支出 + 项目支出 (+ the other kinds the filing lists). */
public final class Zc001ExpenditureByKind extends DelegatingRule {

    public static final String ID = "ZC001";

    public Zc001ExpenditureByKind() {
        super(ID, new SumIdentity(Identities.EXPENDITURE_BY_KIND));
    }
}
