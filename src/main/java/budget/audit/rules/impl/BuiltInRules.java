package budget.audit.rules.impl;

import budget.audit.rules.api.Rule;

import java.util.List;

/** Every built-in rule, one instance each; the catalogue binds them to their YAML entries by id. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new Sg001SangongTotal(),
                new Sg002VehicleTotal(),
                new Zc001ExpenditureByKind(),
                new Zc002BasicExpenditure(),
                new Zc003ExpenditureByFunction(),
                new Sr001IncomeBySource(),
                new Sr002IncomeEqualsExpenditure(),
                new Jy001RunningCostItems(),
                new Jy002RunningCostWithinPublic(),
                new Jy003RunningCostItemKinds(),
                new Jy004RunningCostItemized(),
                new Cg001ProcurementTotal(),
                new Tb001TableHierarchy(),
                new Tb002RowIdentity(),
                new Tb003SummaryBalance(),
                new Xt001ProseMatchesTable(),
                new Xt002TablesAgree(),
                new Xt003ProseRestated(),
                new Sg004SangongCoversEconomic());
    }
}
