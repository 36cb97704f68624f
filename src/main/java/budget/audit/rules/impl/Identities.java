package budget.audit.rules.impl;

import budget.audit.model.FactKeys;
import budget.audit.rules.identity.Identity;
import budget.audit.rules.identity.Term;

import java.util.List;

/**
 * The identities "total = Σ parts" of a budget filing, defined once: the sum rules check them in prose and tables,
 * YY001/SG003 check their stated changes, UN001 tests units against both.
 */
final class Identities {

    /** SG001: 三公经费 = 因公出国（境）费 + 公务用车购置及运行费 (or its 购置费 + 运行费) + 公务接待费. */
    static final Identity SANGONG = Identity.of(FactKeys.SANGONG_TOTAL,
            new Term.Single(FactKeys.SANGONG_ABROAD),
            new Term.SingleOrComponents(FactKeys.SANGONG_VEHICLE,
                    List.of(FactKeys.SANGONG_VEHICLE_PURCHASE, FactKeys.SANGONG_VEHICLE_OPERATION)),
            new Term.Single(FactKeys.SANGONG_RECEPTION));
    /** SG002: 公务用车购置及运行费 = 购置费 + 运行费. */
    static final Identity VEHICLE = Identity.of(FactKeys.SANGONG_VEHICLE,
            new Term.Single(FactKeys.SANGONG_VEHICLE_PURCHASE),
            new Term.Single(FactKeys.SANGONG_VEHICLE_OPERATION));
    /** ZC001: 支出合计 = 基本支出 + 项目支出 (+ other kinds when stated). */
    static final Identity EXPENDITURE_BY_KIND = Identity.of(FactKeys.EXPENDITURE_TOTAL,
            new Term.Single(FactKeys.EXPENDITURE_BASIC),
            new Term.Single(FactKeys.EXPENDITURE_PROJECT),
            new Term.Family(FactKeys.EXPENDITURE_OTHER_KIND, false));
    /** ZC002: 基本支出 = 人员经费 + 公用经费. */
    static final Identity BASIC = Identity.of(FactKeys.EXPENDITURE_BASIC,
            new Term.Single(FactKeys.PERSONNEL),
            new Term.Single(FactKeys.PUBLIC_EXPENSES));
    /** ZC002 in prose that splits the narrower 一般公共预算基本支出. */
    static final Identity GENERAL_BASIC = BASIC.withTotal(FactKeys.GENERAL_BASIC);
    /** SR001: 收入合计 = Σ 收入来源. */
    static final Identity INCOME = Identity.of(FactKeys.INCOME_TOTAL,
            new Term.Family(FactKeys.INCOME_SOURCE, true));
    /** ZC003: 支出合计 = Σ 功能分类. */
    static final Identity EXPENDITURE_BY_FUNCTION = Identity.of(FactKeys.EXPENDITURE_TOTAL,
            new Term.Family(FactKeys.FUNCTION_CLASS, true));
    static final Identity GENERAL_BY_FUNCTION = Identity.of(FactKeys.GENERAL_EXPENDITURE,
            new Term.Family(FactKeys.GENERAL_FUNCTION_CLASS, true));
    /** JY001: 机关运行经费 = Σ 其明细. */
    static final Identity RUNNING_COST = Identity.of(FactKeys.JY_TOTAL,
            new Term.Family(FactKeys.JY_ITEM, true));
    /** CG001: 政府采购 = 货物 + 工程 + 服务. */
    static final Identity PROCUREMENT = Identity.of(FactKeys.PROCUREMENT_TOTAL,
            new Term.Single(FactKeys.PROCUREMENT_GOODS),
            new Term.Single(FactKeys.PROCUREMENT_WORKS),
            new Term.Single(FactKeys.PROCUREMENT_SERVICES));

    /** The level identities (the first two are those of the 三公经费). */
    static final List<Identity> LEVELS = List.of(SANGONG, VEHICLE, EXPENDITURE_BY_KIND, BASIC, GENERAL_BASIC, INCOME,
            EXPENDITURE_BY_FUNCTION, GENERAL_BY_FUNCTION, RUNNING_COST, PROCUREMENT);

    private Identities() {
    }
}
