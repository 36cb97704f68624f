package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.model.SourceLine;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CL001: vehicles against vehicle costs. With 0 vehicles, no 公务用车运行维护费 should be budgeted; a 公务用车购置费
 * above 0 needs a planned vehicle purchase ("安排购置车辆N辆" with N &gt; 0) when the filing states the plan.
 */
public final class Cl001VehicleCosts implements Rule {

    public static final String ID = "CL001";

    static final String ARG_KIND = "kind";
    static final String ARG_COST = "cost";
    static final String ARG_COUNT = "count";

    private static final Pattern PLANNED = Pattern.compile("(?:安排|计划)购置(?:车辆|公务用车)(\\d+)辆");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Optional<Fact> count = filing.prose(FactKeys.VEHICLE_COUNT).filter(Fact::readable);
        Optional<Fact> operation = positive(filing, FactKeys.SANGONG_VEHICLE_OPERATION)
                .or(() -> positiveJyItem(filing));
        Optional<Fact> purchase = positive(filing, FactKeys.SANGONG_VEHICLE_PURCHASE);
        boolean any = false;
        if (count.isPresent()) {
            any = true;
            Fact c = count.get();
            Optional<Fact> cost = operation.or(() -> purchase);
            if (c.amount().isZero() && cost.isPresent()) {
                context.report(check(Outcome.FAIL, "noVehicles", c, cost.get(), List.of(c.source(), cost.get().source())));
            } else {
                context.report(check(Outcome.PASS, "noVehicles", c, cost.orElse(null), List.of(c.source())));
            }
        }
        Planned plan = planned(filing);
        if (purchase.isPresent() && plan != null) {
            any = true;
            Fact p = purchase.get();
            Outcome outcome = plan.count == 0 ? Outcome.FAIL : Outcome.PASS;
            context.report(new Check(ID, outcome, "公务用车购置费与购置计划", p.amount(), null, null, null, ID,
                    Checks.args(ARG_KIND, "purchase", ARG_COST, Checks.printed(p.amount()),
                            ARG_COUNT, String.valueOf(plan.count)),
                    List.of(p.source(), plan.source)));
        }
        if (!any) {
            context.report(Checks.notApplicable(ID, "车辆数与公务用车经费", "车辆数", List.of()));
        }
    }

    private static Check check(Outcome outcome, String kind, Fact count, Fact cost, List<Provenance> evidence) {
        return new Check(ID, outcome, "车辆数与公务用车经费", count.amount(), null, null, null, ID,
                Checks.args(ARG_KIND, kind, ARG_COUNT, count.amount().printed(),
                        ARG_COST, cost == null ? null : Checks.nameOf(cost, true) + Checks.printed(cost.amount())),
                evidence);
    }

    private static Optional<Fact> positive(BudgetFiling filing, String key) {
        return filing.facts(key).stream()
                .filter(f -> f.readable() && f.amount().unit().isMoney() && f.amount().value().signum() > 0)
                .findFirst();
    }

    private static Optional<Fact> positiveJyItem(BudgetFiling filing) {
        return filing.facts(FactKeys.JY_ITEM).stream()
                .filter(f -> f.readable() && f.label() != null && f.label().contains("公务用车运行")
                        && f.amount().value().signum() > 0)
                .findFirst();
    }

    private record Planned(int count, Provenance source) {
    }

    private static Planned planned(BudgetFiling filing) {
        for (SourceLine line : filing.document().lines()) {
            Matcher m = PLANNED.matcher(ProseScan.normalize(ProseScan.text(line)));
            if (m.find()) {
                return new Planned(Integer.parseInt(m.group(1)), line.provenance(filing.fileName()));
            }
        }
        return null;
    }

    static List<Fact> none() {
        return new ArrayList<>();
    }
}
