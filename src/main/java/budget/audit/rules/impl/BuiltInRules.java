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
                // issue 5: plausibility and completeness (appended)
                new Sg003SangongChange(),
                new Yy001StatedChanges(),
                new Pc001Percentages(),
                new Un001UnitSlip(),
                new Yr001ComparisonYear(),
                new Cl001VehicleCosts(),
                new Jx001PerformanceWithinProjects(),
                new Ph001Placeholders(),
                new Wz001SangongExplained(),
                new Wz002RunningCostExplained(),
                new Wz003ProcurementExplained(),
                new Wz004AssetsExplained(),
                new Wz005PerformanceExplained(),
                new Wz006GlossaryPresent(),
                new Wz007ChangeReasons(),
                new Wz008DutiesAndStructure(),
                new Wz009EmptyTableNotes(),
                new Wz010ListedItemsPresent(),
                // issue 3: tables (appended)
                new Tb001TableHierarchy(),
                new Tb002RowIdentity(),
                new Tb003SummaryBalance(),
                new Xt001ProseMatchesTable(),
                new Xt002TablesAgree(),
                new Xt003ProseRestated(),
                new Sg004SangongCoversEconomic(),
                new Tb004CodeFormat(),
                // issue 5: standard table set (appended)
                new Wz011StandardTables(),
                // issue 13: 决算 rules (appended; run on a 决算公开 only)
                new Js001FinalBalance(),
                new Js002CompletionRates(),
                new Js003SangongWithinBudget(),
                new Js004ProcurementFinal(),
                new Js005FinalTableSet(),
                new Js006PerformanceCoverage(),
                new Js007FinalHierarchy(),
                new Js008FinalRowIdentity(),
                new Js009BasicHalves(),
                new Js010VarianceExplained(),
                // issue 14: defects real reviewers found (appended)
                new Yy002FiscalChangeByFund(),
                new Yy003ChangeDirection(),
                new Un002ChangeUnitSlip(),
                new Zc004ListedItemsTotal(),
                new Kb001EmptyNoteNamesItsFund(),
                new Pc002SharesOfAWhole(),
                new Cl002VehiclesByCategory(),
                new Cg002SmeReservation(),
                new Xh001Detail(),
                // issue 13 item 5: 决算 against the published 预算 (compared by batch)
                new Js011PublishedBudget(),
                // issue 14: 绩效目标表, listed projects, 100万元以上设备 (appended)
                new Jx002PerformanceTablesAddUp(),
                new Jx003PerformanceTablesWithinProjects(),
                new Zc005ProjectAmountsMatchTable(),
                new Cl003LargeEquipmentCount());
    }
}
