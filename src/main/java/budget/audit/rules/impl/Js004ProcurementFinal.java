package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JS004: a 决算's 政府采购 实际支出: 政府采购支出总额 = 货物 + 工程 + 服务 (as stated in one sentence), and the stated
 * shares of 授予中小企业合同金额 (of the 总额) and of 授予小微企业合同金额 (of the 中小企业 amount) recomputed.
 */
public final class Js004ProcurementFinal implements FinalAccountsRule {

    public static final String ID = "JS004";

    static final String ARG_PARTS = "parts";
    static final String ARG_WHAT = "what";

    private static final String N = FinalProse.NUMBER;
    private static final String U = "(万元|元|亿元)";
    private static final Pattern TOTAL = Pattern.compile("政府采购支出(?:总额|合计|总计)?(?:为|共计|共)?" + N + U
            + "[^。]{0,30}?货物(?:采购)?支出(?:为)?" + N + U + "[^。]{0,12}?工程(?:采购)?支出(?:为)?" + N + U
            + "[^。]{0,12}?服务(?:采购)?支出(?:为)?" + N + U);
    private static final Pattern SME = Pattern.compile("授予中小企业合同金额(?:为)?" + N + U
            + "[，,]?占政府采购支出总额的" + N + "%");
    private static final Pattern SMALL = Pattern.compile("授予小微企业合同金额(?:为)?" + N + U
            + "[，,]?占授予中小企业合同金额的" + N + "%");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        int before = context.checks().size();
        for (FinalProse.Text p : FinalProse.paragraphs(filing)) {
            Matcher m = TOTAL.matcher(p.text());
            Amount total = null;
            if (m.find()) {
                total = FinalProse.money(m.group(1), m.group(2));
                List<Amount> parts = List.of(FinalProse.money(m.group(3), m.group(4)),
                        FinalProse.money(m.group(5), m.group(6)), FinalProse.money(m.group(7), m.group(8)));
                SumResult r = consistency.sum(total, parts);
                String cited = "货物" + parts.get(0).printed() + "、工程" + parts.get(1).printed() + "、服务"
                        + parts.get(2).printed();
                context.report(new Check(ID, r.outcome(), "政府采购支出总额", total, r.computed(), r.difference(),
                        r.unit(), ID, Checks.args(ARG_WHAT, "sum", ARG_PARTS, cited),
                        List.of(p.at(filing, m.start(1)), p.at(filing, m.start(7)))));
            }
            Matcher s = SME.matcher(p.text());
            Amount sme = null;
            if (s.find()) {
                sme = FinalProse.money(s.group(1), s.group(2));
                if (total != null && !total.isZero()) {
                    context.report(share(filing, p, s, "授予中小企业合同金额占政府采购支出总额", sme, total));
                }
            }
            Matcher w = SMALL.matcher(p.text());
            if (w.find() && sme != null && !sme.isZero()) {
                context.report(share(filing, p, w, "授予小微企业合同金额占授予中小企业合同金额",
                        FinalProse.money(w.group(1), w.group(2)), sme));
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "政府采购支出", "政府采购支出总额及货物、工程、服务支出"));
        }
    }

    private static Check share(BudgetFiling filing, FinalProse.Text p, Matcher m, String what, Amount part,
                               Amount base) {
        Provenance at = p.at(filing, m.start(3));
        return FinalShares.check(ID, what, FinalProse.percent(m.group(3)), part, base, List.of(at),
                Map.of(ARG_WHAT, what));
    }
}
