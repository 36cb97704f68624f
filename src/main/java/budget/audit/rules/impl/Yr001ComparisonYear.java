package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YR001: a year-on-year comparison that names a year other than budget year − 1 ("与2021年预算相比" in a 2023
 * budget), and a table title whose year differs from the filing's year. Explanations (主要原因是…) may name any year.
 */
public final class Yr001ComparisonYear implements Rule {

    public static final String ID = "YR001";

    static final String ARG_KIND = "kind";
    static final String ARG_YEAR = "year";
    static final String ARG_EXPECTED = "expected";
    static final String ARG_QUOTE = "quote";

    private static final Pattern COMPARISON = Pattern.compile("(与|比|较|同比)(\\d{4})年");
    private static final Pattern TITLE_YEAR = Pattern.compile("^(\\d{4})年");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Integer year = filing.year();
        if (year == null) {
            context.report(Checks.notApplicable(ID, "比较年度", "预算年度", List.of()));
            return;
        }
        int comparisons = 0;
        int findings = 0;
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            for (Mention m : s.mentions()) {
                if (m.explanatory() || (m.kind() != Mention.Kind.CHANGE && m.kind() != Mention.Kind.PERCENT)) {
                    continue;
                }
                Matcher c = COMPARISON.matcher(m.rawLabel());
                if (!c.find()) {
                    continue;
                }
                comparisons++;
                int named = Integer.parseInt(c.group(2));
                if (named != year - 1) {
                    findings++;
                    String what = m.subject().isEmpty() && m.target() != null ? m.target().label() : m.subject();
                    context.report(new Check(ID, Outcome.FAIL, (what == null || what.isBlank() ? "比上年增减" : what)
                            + "的比较年度", null, null, null, null, ID,
                            Checks.args(ARG_KIND, "prose", ARG_YEAR, String.valueOf(named),
                                    ARG_EXPECTED, String.valueOf(year - 1), ARG_QUOTE, m.rawLabel() + m.printed()),
                            List.of(m.provenance(filing.fileName()))));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (BudgetTable t : filing.tables()) {
            Matcher m = TITLE_YEAR.matcher(t.title());
            if (!m.find() || !seen.add(t.label() + "|" + t.source().line())) {
                continue;
            }
            comparisons++;
            int named = Integer.parseInt(m.group(1));
            if (named != year) {
                findings++;
                context.report(new Check(ID, Outcome.FAIL, t.reference(), null, null, null, null, ID,
                        Checks.args(ARG_KIND, "table", ARG_YEAR, String.valueOf(named),
                                ARG_EXPECTED, String.valueOf(year), ARG_QUOTE, t.title()),
                        List.of(t.source())));
            }
        }
        if (findings == 0) {
            context.report(comparisons == 0
                    ? Checks.notApplicable(ID, "比较年度", "与以前年度的比较或带年度的表名", List.of())
                    : new Check(ID, Outcome.PASS, "比较年度", null, null, null, null, ID,
                    Checks.args(ARG_EXPECTED, String.valueOf(year - 1), ARG_YEAR, String.valueOf(year)), List.of()));
        }
    }
}
