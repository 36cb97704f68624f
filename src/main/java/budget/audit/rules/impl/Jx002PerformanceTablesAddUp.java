package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX002: the 项目绩效目标表 add up. A listing's 合计 equals the sum of its projects; and when the prose states how many
 * projects are under 绩效目标管理 and the tables list exactly that many, the prose's amount equals the sum of the
 * tables' project funds. Fewer tables than projects stated (only 重点项目 published, 涉密 projects removed) is not
 * judged; a set of tables the tool cannot read with certainty ({@link PerformanceTables}) is not judged.
 */
public final class Jx002PerformanceTablesAddUp implements Rule {

    public static final String ID = "JX002";

    static final String ARG_KIND = "kind";
    static final String ARG_COUNT = "count";
    static final String ARG_TABLE = "table";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        PerformanceTables.Reading reading = PerformanceTables.read(filing);
        Check unusable = PerformanceTables.unusable(ID, "项目绩效目标表", reading);
        if (unusable != null) {
            context.report(unusable);
            return;
        }
        Consistency consistency = Consistency.from(context);
        for (PerformanceTables.Listing l : reading.listings()) {
            context.report(sum(consistency, "listing", l.table().reference() + " 合计", l.total(), l.totalSource(),
                    l.projects(), l.table().reference()));
        }
        List<PerformanceTables.Project> projects = reading.projects();
        Optional<Fact> count = filing.facts(FactKeys.PERFORMANCE_PROJECT_COUNT, Fact.Origin.PROSE).stream()
                .findFirst();
        Optional<Fact> amount = filing.facts(FactKeys.PERFORMANCE_AMOUNT, Fact.Origin.PROSE).stream().findFirst();
        String subject = "绩效目标涉及金额（说明文字与项目绩效目标表）";
        if (count.isEmpty() || amount.isEmpty()) {
            if (reading.listings().isEmpty()) {
                context.report(Checks.notApplicable(ID, subject, "实行绩效目标管理的项目个数及涉及金额",
                        count.or(() -> amount).stream().toList()));
            }
            return;
        }
        List<Fact> stated = List.of(count.get(), amount.get());
        if (!count.get().readable() || !amount.get().readable()) {
            context.report(Checks.unreadable(ID, subject, Checks.unreadable(stated), stated));
            return;
        }
        if (!amount.get().amount().unit().isMoney() || count.get().amount().unit() != Unit.ITEM) {
            context.report(Checks.notMoney(ID, subject, List.of(amount.get()), stated));
            return;
        }
        BigDecimal n = count.get().amount().value();
        if (n.compareTo(BigDecimal.valueOf(projects.size())) != 0) {
            context.report(Checks.insufficient(ID, subject, "说明称" + n.toPlainString() + "个项目实行绩效目标管理，绩效目标表列出"
                    + projects.size() + "个项目（可能只公开部分项目或剔除了涉密项目），两者范围不同", stated));
            return;
        }
        context.report(sum(consistency, "prose", subject, amount.get().amount(), amount.get().source(), projects,
                null));
    }

    private static Check sum(Consistency consistency, String kind, String subject, Amount total, Provenance source,
                             List<PerformanceTables.Project> projects, String table) {
        SumResult r = consistency.sum(total, PerformanceTables.amounts(projects));
        List<Provenance> evidence = new ArrayList<>();
        evidence.add(source);
        projects.forEach(p -> evidence.add(p.source()));
        return new Check(ID, r.outcome(), subject, total, r.computed(), r.difference(), r.unit(), ID,
                Checks.args(ARG_KIND, kind, ARG_COUNT, projects.size(), ARG_TABLE, table,
                        Checks.ARG_PARTS, Checks.join(projects.stream()
                                .map(p -> p.name() + Checks.printed(p.amount())).toList())),
                evidence);
    }
}
