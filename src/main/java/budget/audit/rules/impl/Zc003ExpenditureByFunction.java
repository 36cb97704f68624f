package budget.audit.rules.impl;

/** ZC003: 支出合计 = Σ 功能分类（类）支出. */
public final class Zc003ExpenditureByFunction extends DelegatingRule {

    public static final String ID = "ZC003";

    public Zc003ExpenditureByFunction() {
        super(ID, new SumIdentity(Identities.EXPENDITURE_BY_FUNCTION));
    }
}
