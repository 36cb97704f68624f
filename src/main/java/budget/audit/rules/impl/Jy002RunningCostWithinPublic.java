package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * JY002: 机关运行经费 ≤ 公用经费 (机关运行经费 is part of 基本支出 中的公用经费). When the prose states 机关运行经费 but not
 * 公用经费, the 公用经费 (日常公用经费) column of the 基本支出经济分类表 counts.
 */
public final class Jy002RunningCostWithinPublic implements Rule {

    public static final String ID = "JY002";

    private static final PairComparison COMPARISON =
            new PairComparison(FactKeys.JY_TOTAL, FactKeys.PUBLIC_EXPENSES, PairComparison.Relation.LESS_OR_EQUAL, true);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        if (widerDefinition(filing)) {
            context.report(Checks.notApplicable(ID, FactKeys.chineseName(FactKeys.JY_TOTAL),
                    "与公用经费同口径的机关运行经费（文中定义的机关运行经费含设备、车辆购置等资本性支出）", List.of()));
            return;
        }
        COMPARISON.evaluate(ID, filing, context);
    }

    /**
     * The filing's glossary defines 机关运行经费 to include purchases (办公设备购置, 公务用车购置 …: capital spending,
     * not 公用经费) without calling it 公用经费, as some regions' 行政经费（机关运行经费） does: then it may exceed 公用经费 without any defect.
     */
    static boolean widerDefinition(BudgetFiling filing) {
        for (var p : ProseScan.paragraphs(filing)) {
            String t = p.text();
            int at = t.indexOf("机关运行经费");
            if (at < 0) {
                continue;
            }
            int def = t.indexOf("指", at);
            if (def <= at || def - at >= 20) {
                continue;
            }
            String definition = t.substring(def);
            if (!definition.contains("公用经费") && DEFINITION_PURCHASE.matcher(definition).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DEFINITION_PURCHASE = Pattern.compile("设备购置|车辆购置|公务用车购置|资本性支出");
}
