package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;
import budget.audit.rules.impl.FundChanges.Figure;
import budget.audit.rules.impl.FundChanges.Fund;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * YY002: the stated change of 财政拨款收入 (支出) = Σ the stated changes of its funds 一般公共预算, 政府性基金 and
 * 国有资本经营预算 (收入 / 支出 alike), read from one paragraph: the 财政拨款 figure with its change, then the funds' figures
 * with theirs ("与上年持平" is a change of 0). A fund whose change is not stated leaves the sum unchecked unless the
 * stated ones already add up; a fund named twice in the paragraph makes it ambiguous (not checked).
 */
public final class Yy002FiscalChangeByFund implements Rule {

    public static final String ID = "YY002";

    static final String ARG_PARTS = "parts";
    static final String ARG_UNSTATED = "unstated";

    private static final List<Fund> FUNDS = List.of(Fund.GENERAL, Fund.GOV_FUND, Fund.STATE_CAPITAL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        String file = filing.fileName();
        int reported = 0;
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            List<Mention> ms = s.mentions();
            for (int i = 0; i < ms.size(); i++) {
                Figure total = FundChanges.figure(ms.get(i));
                if (total == null || total.fund() != Fund.FISCAL) {
                    continue;
                }
                Mention totalChange = FundChanges.change(ms.get(i));
                if (totalChange == null) {
                    continue;
                }
                Check check = check(file, consistency, ms, i, total, totalChange);
                if (check != null) {
                    context.report(check);
                    reported++;
                }
            }
        }
        if (reported == 0) {
            context.report(Checks.notApplicable(ID, "财政拨款比上年增减",
                    "同一段中财政拨款及其各类资金（一般公共预算、政府性基金、国有资本经营预算）的增减额", List.of()));
        }
    }

    private static Check check(String file, Consistency consistency, List<Mention> ms, int at, Figure total,
                               Mention totalChange) {
        Map<Fund, Mention> values = new EnumMap<>(Fund.class);
        Map<Fund, Boolean> twice = new EnumMap<>(Fund.class);
        for (int j = at + 1; j < ms.size(); j++) {
            Figure f = FundChanges.figure(ms.get(j));
            if (f == null || f.side() != total.side()) {
                continue;
            }
            if (f.fund() == Fund.FISCAL) {
                break; // the next 财政拨款 figure of this side starts another statement
            }
            if (values.containsKey(f.fund())) {
                twice.put(f.fund(), true);
            } else {
                values.put(f.fund(), ms.get(j));
            }
        }
        if (values.isEmpty() || !twice.isEmpty()) {
            return null;
        }
        List<Amount> parts = new ArrayList<>();
        List<String> withValues = new ArrayList<>();
        List<String> unstated = new ArrayList<>();
        List<Provenance> evidence = new ArrayList<>(List.of(totalChange.provenance(file), ms.get(at).provenance(file)));
        for (Fund fund : FUNDS) {
            Mention v = values.get(fund);
            Mention c = v == null ? null : FundChanges.change(v);
            String name = new Figure(fund, total.side()).name();
            if (c == null || !c.isMoney() && !"持平".equals(c.label())) {
                unstated.add(name);
                continue;
            }
            parts.add(c.amount());
            withValues.add(name + signed(c));
            evidence.add(c.provenance(file));
        }
        String subject = total.name() + "比上年增减（说明文字）";
        if (parts.isEmpty()) {
            return null;
        }
        Amount stated = totalChange.amount();
        OptionalInt slip = UnitSlips.explainingPart(consistency, stated, parts);
        if (slip.isPresent()) {
            return new Check(ID, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null, ID,
                    Checks.args(Checks.ARG_REASON, "某一增减额的单位疑为笔误（元/万元），无法据此核对"), evidence);
        }
        SumResult result = consistency.sum(stated, parts);
        boolean holds = UnitSlips.holds(result);
        if (!unstated.isEmpty() && !holds) {
            return new Check(ID, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null, ID,
                    Checks.args(Checks.ARG_REASON, "未载明" + Checks.join(unstated) + "的增减额，无法判断差额所在"),
                    evidence);
        }
        return new Check(ID, result.outcome(), subject, stated, result.computed(), result.difference(),
                result.unit(), ID, Checks.args(ARG_PARTS, Checks.join(withValues),
                ARG_UNSTATED, unstated.isEmpty() ? null : Checks.join(unstated)), evidence);
    }

    /** "减少876.75万元" / "持平" as the filing says it. */
    private static String signed(Mention c) {
        if ("持平".equals(c.label())) {
            return "持平";
        }
        Amount a = c.amount();
        return (a.value().signum() < 0 ? "减少" : "增加") + a.value().abs().toPlainString() + a.unit().symbol();
    }
}
