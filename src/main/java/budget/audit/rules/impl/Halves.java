package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FilingContent;
import budget.audit.parse.prose.Paragraph;
import budget.audit.rules.api.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Completeness checks on one half of a split filing: a file holding only the 报表 is not asked for the 情况说明's
 * explanations, a file holding only the 情况说明 is not asked for the tables; each such check is NOT_APPLICABLE
 * with the reason. Also the prose windows the completeness rules read (a section's paragraphs), so that an
 * explanation present in the text is never reported missing because its amount could not be bound.
 */
final class Halves {

    /** NOT_APPLICABLE reason: the narrative is published elsewhere. */
    static final String NARRATIVE_ELSEWHERE = "情况说明（本文件只有公开报表，情况说明可能另行公开，可合并审核）";
    /** NOT_APPLICABLE reason: the tables are published elsewhere. */
    static final String TABLES_ELSEWHERE = "公开报表（本文件只有情况说明，未见可读取的报表，报表可能另行公开，可合并审核）";

    private static final Pattern MONEY = Pattern.compile("\\d(\\.\\d+)?\\s*(万元|亿元|元)");
    /** A paragraph announcing what follows: "…情况如下：", "…安排如下". */
    private static final Pattern INTRODUCTION = Pattern.compile("如下[：:]?\\s*$");

    private Halves() {
    }

    /** Reports NOT_APPLICABLE and returns true when the filing holds only its tables (the prose is elsewhere). */
    static boolean narrativeElsewhere(BudgetFiling filing, String ruleId, String subject, RuleContext context) {
        if (filing.content() != FilingContent.TABLES_ONLY) {
            return false;
        }
        context.report(Checks.notApplicable(ruleId, subject, NARRATIVE_ELSEWHERE, List.of()));
        return true;
    }

    /** Reports NOT_APPLICABLE and returns true when the filing holds only its prose (the tables are elsewhere). */
    static boolean tablesElsewhere(BudgetFiling filing, String ruleId, String subject, RuleContext context) {
        if (filing.content() != FilingContent.NARRATIVE_ONLY) {
            return false;
        }
        context.report(Checks.notApplicable(ruleId, subject, TABLES_ELSEWHERE, List.of()));
        return true;
    }

    /**
     * The text of the paragraphs that state an amount for a subject ({@code keyword} and a money amount in one
     * paragraph), each with the {@code following} paragraphs after it; "" when no paragraph does. Contents lines
     * and glossary definitions carry no amount, so they are not taken. A paragraph that introduces the subject's
     * section without an amount ("“三公”经费预算安排情况如下：", the items each under its own heading below) opens a
     * window twice as long when an amount follows within it.
     */
    static String window(BudgetFiling filing, Pattern keyword, int following) {
        List<Paragraph> ps = ProseScan.paragraphs(filing);
        StringBuilder sb = new StringBuilder();
        int until = -1;
        for (int i = 0; i < ps.size(); i++) {
            String t = ps.get(i).text();
            if (keyword.matcher(t).find() && MONEY.matcher(t).find()) {
                until = Math.max(until, i + following);
            } else if (keyword.matcher(t).find() && INTRODUCTION.matcher(t).find()
                    && moneyWithin(ps, i + 1, i + 2 * following)) {
                until = Math.max(until, i + 2 * following);
            }
            if (i <= until) {
                sb.append(t).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean moneyWithin(List<Paragraph> ps, int from, int to) {
        for (int j = from; j <= to && j < ps.size(); j++) {
            if (MONEY.matcher(ps.get(j).text()).find()) {
                return true;
            }
        }
        return false;
    }
}
