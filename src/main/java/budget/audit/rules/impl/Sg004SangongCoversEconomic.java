package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SG004: each “三公” item is at least its economic-classification line in the 基本支出经济分类表 (30212 因公出国（境）费用,
 * 30217 公务接待费, 30231 公务用车运行维护费, 31013 公务用车购置); the “三公” figure may be larger since it also covers
 * 项目支出. The “三公” table's figure counts, else the prose's.
 */
public final class Sg004SangongCoversEconomic implements Rule {

    public static final String ID = "SG004";

    private record Line(String code, String key) {
    }

    private static final List<Line> LINES = List.of(new Line("30212", FactKeys.SANGONG_ABROAD),
            new Line("30217", FactKeys.SANGONG_RECEPTION), new Line("30231", FactKeys.SANGONG_VEHICLE_OPERATION),
            new Line("31013", FactKeys.SANGONG_VEHICLE_PURCHASE));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        Optional<BudgetTable> economic = filing.tables(TableKind.BASIC_EXPENDITURE_ECONOMIC).stream()
                .filter(t -> !t.empty()).findFirst();
        List<Check> checks = new ArrayList<>();
        economic.ifPresent(t -> {
            int c = t.totalColumn();
            for (Line line : LINES) {
                Optional<TableRow> row = t.row(line.code());
                Optional<Fact> sangong = filing.facts(line.key(), Fact.Origin.TABLE).stream().findFirst()
                        .or(() -> filing.prose(line.key()));
                if (c < 0 || row.isEmpty() || row.get().value(c) == null || sangong.isEmpty()
                        || !sangong.get().readable() || !sangong.get().amount().unit().isMoney()) {
                    continue;
                }
                TableRow r = row.get();
                String name = FactKeys.chineseName(line.key());
                checks.add(TableChecks.compare(ID, consistency.lessOrEqual(r.value(c), sangong.get().amount()),
                        t.reference() + " " + r.key(), r.value(c), sangong.get().amount(),
                        List.of(t.cellSource(r, c), sangong.get().source()),
                        TableChecks.ARG_TABLE, t.reference(), TableChecks.ARG_ROW, r.key(), "name", name,
                        Checks.ARG_ORIGIN, Checks.originLabel(sangong.get())));
            }
        });
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(TableChecks.notApplicable(ID, "“三公”经费与经济分类科目",
                    "基本支出经济分类表中的“三公”相关科目及对应的“三公”经费"));
        }
    }
}
