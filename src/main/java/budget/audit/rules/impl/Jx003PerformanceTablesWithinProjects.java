package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX003 (JX001 at table level): the project funds the 项目绩效目标表 list add up to no more than 项目支出 (from the
 * 支出总表, else from the prose). Only a set of tables read with certainty ({@link PerformanceTables}) is compared.
 */
public final class Jx003PerformanceTablesWithinProjects implements Rule {

    public static final String ID = "JX003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        PerformanceTables.Reading reading = PerformanceTables.read(filing);
        String subject = "项目绩效目标表所列项目金额合计";
        Check unusable = PerformanceTables.unusable(ID, subject, reading);
        if (unusable != null) {
            context.report(unusable);
            return;
        }
        // the widest 项目支出 stated (all funds, not one fund's table): an upper bound fails closed
        Optional<Fact> project = widest(filing, Fact.Origin.TABLE).or(() -> widest(filing, Fact.Origin.PROSE));
        if (project.isEmpty()) {
            context.report(Checks.notApplicable(ID, subject, "项目支出", List.of()));
            return;
        }
        Fact bound = project.get();
        if (!bound.readable() || !bound.amount().unit().isMoney()) {
            context.report(Checks.unreadable(ID, subject, List.of(bound), List.of(bound)));
            return;
        }
        List<PerformanceTables.Project> projects = reading.projects();
        CompareResult r = Consistency.from(context).sumAtMost(PerformanceTables.amounts(projects), bound.amount());
        List<Provenance> evidence = new ArrayList<>();
        evidence.add(bound.source());
        projects.forEach(p -> evidence.add(p.source()));
        // stated = 项目支出 (the bound), computed = Σ project funds in its unit, difference = 项目支出 − Σ
        context.report(new Check(ID, r.outcome(), subject, bound.amount(), r.other().add(r.difference()),
                r.difference().negate(), r.unit(), ID,
                Checks.args(Jx002PerformanceTablesAddUp.ARG_COUNT, projects.size(),
                        Checks.ARG_ORIGIN, Checks.originLabel(bound),
                        "excess", r.difference().toPlainString()),
                evidence));
    }

    private static Optional<Fact> widest(BudgetFiling filing, Fact.Origin origin) {
        List<Fact> facts = filing.facts(FactKeys.EXPENDITURE_PROJECT, origin);
        Optional<Fact> money = facts.stream().filter(f -> f.readable() && f.amount().unit().isMoney())
                .max(java.util.Comparator.comparing(f -> f.amount().toYuan()));
        return money.isPresent() ? money : facts.stream().findFirst();
    }
}
