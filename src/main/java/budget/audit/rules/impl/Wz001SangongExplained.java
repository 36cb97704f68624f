package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.parse.prose.Paragraph;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WZ001: the prose explains the “三公”经费: the total, each part (因公出国（境）费, 公务用车购置及运行费 or its two
 * components, 公务接待费), and the reason for a change that is not zero.
 */
public final class Wz001SangongExplained implements Rule {

    public static final String ID = "WZ001";

    private static final String SUBJECT = "“三公”经费说明";
    private static final Pattern SANGONG = Pattern.compile("三公");
    private static final Pattern ABROAD = Pattern.compile("出国");
    private static final Pattern VEHICLE = Pattern.compile("公务用车|公车|车辆购置|车辆运行");
    private static final Pattern RECEPTION = Pattern.compile("公务接待|接待费");
    private static final int FOLLOWING = 4;

    private static final Pattern REASON = Pattern.compile("原因|主要是|主要因为|主要由于|由于|持平");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        if (Halves.narrativeElsewhere(filing, ID, SUBJECT, context)) {
            return;
        }
        Optional<Fact> total = filing.prose(FactKeys.SANGONG_TOTAL);
        // the paragraphs stating a “三公” amount and the few after them: an item named there is explained even
        // when its amount could not be bound to a fact
        String window = Halves.window(filing, SANGONG, FOLLOWING);
        List<String> missing = new ArrayList<>();
        if (total.isEmpty() && window.isEmpty()) {
            String text = ProseScan.proseText(filing);
            boolean none = Pattern.compile("(无|未安排|没有)[^。]{0,12}“?三公”?经费").matcher(text).find();
            if (none) {
                context.report(new Check(ID, Outcome.PASS, SUBJECT, null, null, null, null, ID,
                        Checks.args(Presence.ARG_ITEMS, "未安排“三公”经费的说明"), List.of()));
                return;
            }
            missing.add("“三公”经费预算总额及其说明");
        } else if (total.isPresent() && total.get().readable() && total.get().amount().isZero()) {
            // "“三公”经费预算0元": nothing is arranged, so each item is 0 as well and needs no sentence of its own
        } else {
            if (filing.prose(FactKeys.SANGONG_ABROAD).isEmpty() && !ABROAD.matcher(window).find()) {
                missing.add("因公出国（境）费");
            }
            if (filing.prose(FactKeys.SANGONG_VEHICLE).isEmpty() && (filing.prose(FactKeys.SANGONG_VEHICLE_PURCHASE)
                    .isEmpty() || filing.prose(FactKeys.SANGONG_VEHICLE_OPERATION).isEmpty())
                    && !VEHICLE.matcher(window).find()) {
                missing.add("公务用车购置及运行费（购置费、运行费）");
            }
            if (filing.prose(FactKeys.SANGONG_RECEPTION).isEmpty() && !RECEPTION.matcher(window).find()) {
                missing.add("公务接待费");
            }
            Optional<Fact> change = filing.prose(FactKeys.change(FactKeys.SANGONG_TOTAL));
            if (change.isPresent() && change.get().readable() && !change.get().amount().isZero()
                    && !reasonNear(filing, change.get())) {
                missing.add("增减变化的原因");
            }
        }
        List<Fact> evidence = total.map(List::of).orElse(List.of());
        context.report(new Check(ID, missing.isEmpty() ? Outcome.PASS : Outcome.FAIL, SUBJECT,
                total.map(Fact::amount).orElse(null), null, null, null, ID,
                Checks.args(Presence.ARG_ITEMS, "“三公”经费总额、各分项及增减原因",
                        Presence.ARG_MISSING_ITEMS, missing.isEmpty() ? null : Checks.join(missing)),
                Checks.evidence(evidence)));
    }

    /** A reason in the change's paragraph or one of the two after it. */
    static boolean reasonNear(BudgetFiling filing, Fact fact) {
        List<Paragraph> ps = ProseScan.paragraphs(filing);
        int line = fact.source().line();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.lines().stream().anyMatch(l -> l.number() == line)) {
                for (int j = i; j < Math.min(ps.size(), i + 3); j++) {
                    if (REASON.matcher(ps.get(j).text()).find()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }
}
