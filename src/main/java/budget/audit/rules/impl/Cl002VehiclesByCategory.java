package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CL002: "共有车辆N辆，其中一般公务用车a辆、执法执勤用车b辆…": the categories add up to N. Counts are exact. More
 * vehicles by category than in total is always a finding; fewer only when the list closes with 其他用车 (so it is
 * meant to be complete), otherwise a list of some categories is not judged.
 */
public final class Cl002VehiclesByCategory implements Rule {

    public static final String ID = "CL002";

    static final String ARG_PARTS = "parts";
    static final String ARG_TOTAL = "total";

    private static final Pattern TOTAL = Pattern.compile("(共有|现有|拥有|实有)?(公务)?车辆(总数)?(共)?(为)?$");
    private static final Pattern CATEGORY = Pattern.compile("(用车|车辆)$");
    private static final Pattern CLOSING = Pattern.compile("^其他(公务)?用车$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        String file = filing.fileName();
        int reported = 0;
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            List<Mention> ms = s.mentions();
            for (int i = 0; i < ms.size(); i++) {
                Mention t = ms.get(i);
                if (t.kind() != Mention.Kind.VALUE || t.unit() != Unit.VEHICLE || t.unreadable()
                        || !TOTAL.matcher(t.rawLabel().replaceAll("\\s", "")).find()) {
                    continue;
                }
                List<Mention> parts = new ArrayList<>();
                for (int j = i + 1; j < ms.size(); j++) {
                    Mention m = ms.get(j);
                    if (m.unit() != Unit.VEHICLE || m.kind() != Mention.Kind.VALUE
                            || crossesSentence(s.paragraph().text(), t.end(), m.start())) {
                        break;
                    }
                    if (m.unreadable() || !CATEGORY.matcher(m.label()).find()) {
                        parts = List.of();
                        break;
                    }
                    parts.add(m);
                }
                if (parts.size() < 2) {
                    continue;
                }
                context.report(check(file, t, parts));
                reported++;
            }
        }
        if (reported == 0) {
            context.report(Checks.notApplicable(ID, "车辆数", "车辆总数及各类车辆数", List.of()));
        }
    }

    private static Check check(String file, Mention total, List<Mention> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> named = new ArrayList<>();
        List<Provenance> evidence = new ArrayList<>(List.of(total.provenance(file)));
        for (Mention p : parts) {
            sum = sum.add(p.amount().value());
            named.add(p.label() + p.printed());
            evidence.add(p.provenance(file));
        }
        BigDecimal stated = total.amount().value();
        int cmp = stated.compareTo(sum);
        boolean closed = CLOSING.matcher(parts.getLast().label()).find();
        String subject = "车辆数（说明文字）";
        if (cmp > 0 && !closed) {
            return new Check(ID, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null, ID,
                    Checks.args(Checks.ARG_REASON, "所列" + parts.size() + "类车辆之和少于总数，而所列未以“其他用车”收尾，未必为全部类别"),
                    evidence);
        }
        return new Check(ID, cmp == 0 ? Outcome.PASS : Outcome.FAIL, subject, total.amount(), sum,
                stated.subtract(sum), Unit.VEHICLE, ID,
                Checks.args(ARG_PARTS, Checks.join(named), ARG_TOTAL, total.printed()), evidence);
    }

    private static boolean crossesSentence(String text, int from, int to) {
        for (int k = from; k < to && k < text.length(); k++) {
            if ("。；;".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
