package budget.audit.rules.impl;

import budget.audit.model.FactKeys;

import java.util.List;

/** ZC001: 支出合计 = 基本支出 + 项目支出 (+ the other kinds the filing lists). */
public final class Zc001ExpenditureByKind extends DelegatingRule {

    public static final String ID = "ZC001";

    public Zc001ExpenditureByKind() {
        super(ID, new SumIdentity(FactKeys.EXPENDITURE_TOTAL, List.of(
                new Part.Single(FactKeys.EXPENDITURE_BASIC),
                new Part.Single(FactKeys.EXPENDITURE_PROJECT),
                new Part.Family(FactKeys.EXPENDITURE_OTHER_KIND, false))));
    }
}
