package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * PC002: a set of shares of one named base that the prose prints as adding up to 100% ("占“三公”经费的25.96%、23.92%、
 * 50.12%") is recomputed as part ÷ Σ parts with rounding intervals. Shares forced to 100 by moving one of them by a
 * unit of its last decimal are reported as a note (INFO), not a misstatement; a larger gap is PC001's question where
 * it can find the base, and left unjudged here.
 */
public final class Pc002SharesOfAWhole implements Rule {

    public static final String ID = "PC002";

    static final String ARG_BASE = "base";
    static final String ARG_SHARES = "shares";
    static final String ARG_BENT = "bent";

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
            for (BentShares.Group g : BentShares.groups(s.mentions(), consistency.mode())) {
                List<String> printed = new ArrayList<>();
                List<Provenance> evidence = new ArrayList<>();
                for (BentShares.Share sh : g.shares()) {
                    printed.add(label(sh) + sh.percent().printed());
                    evidence.add(sh.percent().provenance(file));
                }
                String subject = "占" + (g.base().isEmpty() ? "合计" : g.base()) + "的比重（说明文字）";
                Check check;
                if (g.inconsistent().isEmpty()) {
                    check = new Check(ID, Outcome.PASS, subject, null, null, null, null, ID,
                            Checks.args(ARG_BASE, g.base(), ARG_SHARES, Checks.join(printed)), evidence);
                } else if (g.bent()) {
                    BentShares.Share first = g.inconsistent().getFirst();
                    int d = Math.max(2, first.percent().amount().decimals());
                    List<String> bent = g.inconsistent().stream().map(sh -> label(sh) + sh.percent().printed()
                            + "（按金额计算为" + sh.exact().setScale(d, RoundingMode.HALF_UP).toPlainString() + "%）")
                            .toList();
                    Amount stated = new Amount(first.percent().amount().value(), Unit.PERCENT);
                    check = new Check(ID, Outcome.FAIL, subject, stated,
                            first.exact().setScale(d, RoundingMode.HALF_UP), null, Unit.PERCENT, ID,
                            Checks.args(ARG_BASE, g.base(), ARG_SHARES, Checks.join(printed),
                                    ARG_BENT, Checks.join(bent)), evidence);
                } else {
                    check = new Check(ID, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null, ID,
                            Checks.args(Checks.ARG_REASON, "各占比之和为100%，但有占比与按金额计算的比重相差超过末位一个单位，"
                                    + "不属于为凑足100%的尾差调整，所依据的总额未能确定"), evidence);
                }
                context.report(check);
                reported++;
            }
        }
        if (reported == 0) {
            context.report(Checks.notApplicable(ID, "占比之和", "同一段中合计为100%的一组占比及其金额", List.of()));
        }
    }

    private static String label(BentShares.Share sh) {
        String l = sh.part().label();
        return l == null || l.isBlank() ? sh.part().rawLabel() : l;
    }
}
