package budget.audit.rules.impl;

import budget.audit.parse.prose.Mention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 财政拨款 figures of the prose by fund: 财政拨款 as a whole, and its three funds 一般公共预算, 政府性基金 and
 * 国有资本经营预算, each on the 收入 or 支出 side. Only labels that name exactly such a figure count ("一般公共预算拨款支出",
 * "财政拨款收入"); "一般公共预算基本支出", "财政拨款“三公”经费", "一般公共预算当年拨款" and the like do not.
 */
final class FundChanges {

    enum Fund {
        FISCAL("财政拨款"), GENERAL("一般公共预算"), GOV_FUND("政府性基金"), STATE_CAPITAL("国有资本经营预算");

        final String name;

        Fund(String name) {
            this.name = name;
        }
    }

    enum Side { INCOME, EXPENDITURE }

    record Figure(Fund fund, Side side) {
        String name() {
            return fund.name + (fund == Fund.FISCAL ? "" : "拨款") + (side == Side.INCOME ? "收入" : "支出");
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "^(?:本部门|本单位|部门|单位)?(?:当年)?(?<fund>财政拨款|一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?(?:财政)?(?:拨款)?"
                    + "|国有资本经营(?:预算)?(?:财政)?(?:拨款)?)(?<side>收入|支出)(?:预算)?(?:总额|合计|总计)?(?:为|是)?$");

    private FundChanges() {
    }

    /** The fund figure a VALUE mention states, or null. */
    static Figure figure(Mention m) {
        if (m.kind() != Mention.Kind.VALUE || !m.isMoney() || m.unreadable() || m.explanatory()) {
            return null;
        }
        String label = m.label() == null ? "" : m.label().replaceAll("[\\s“”\"]", "");
        Matcher x = LABEL.matcher(label);
        if (!x.matches()) {
            return null;
        }
        String f = x.group("fund");
        Fund fund = f.startsWith("财政拨款") ? Fund.FISCAL : f.startsWith("一般公共预算") ? Fund.GENERAL
                : f.startsWith("政府性基金") ? Fund.GOV_FUND : Fund.STATE_CAPITAL;
        if (fund != Fund.FISCAL && !f.contains("拨款") && !f.contains("预算")) {
            // "政府性基金收入" alone may be a department's own fund income, not its 财政拨款
            return null;
        }
        return new Figure(fund, x.group("side").equals("收入") ? Side.INCOME : Side.EXPENDITURE);
    }

    /** The one year-on-year change stated for {@code value} (a 持平 counts as 0), or null when none or several. */
    static Mention change(Mention value) {
        Mention found = null;
        for (Mention c : value.changes()) {
            if (c.unreadable() || c.explanatory() || !c.subject().isEmpty()) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = c;
        }
        return found;
    }
}
