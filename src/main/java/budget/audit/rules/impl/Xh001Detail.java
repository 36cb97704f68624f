package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * XH001: how far the standard tables break spending down (财预〔2016〕143号): the 一般公共预算支出 table by function down
 * to 项 (7-digit codes), the 基本支出 table by economic class down to 款 (5-digit codes). Read from the printed codes
 * only: a table without codes (names indented) is not judged; a table titled by the other classification (an
 * 一般公共预算支出表 按经济分类, a 基本支出表 按功能分类) is judged against that classification's depth.
 */
public final class Xh001Detail implements Rule {

    public static final String ID = "XH001";

    static final String ARG_REQUIRED = "required";
    static final String ARG_DEEPEST = "deepest";

    /** Coded rows a table needs before its depth says anything. */
    private static final int MIN_CODED = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        List<Check> checks = new ArrayList<>();
        List<String> uncoded = new ArrayList<>();
        for (BudgetTable t : filing.tables()) {
            if (t.part() != BudgetTable.Part.WHOLE || t.empty()) {
                continue;
            }
            String title = t.title() == null ? "" : t.title().replaceAll("\\s+", "");
            Boolean function = function(t.kind(), title);
            if (function == null) {
                continue;
            }
            int deepest = 0;
            int coded = 0;
            for (TableRow r : t.rows()) {
                if (r.level() > 0) {
                    coded++;
                    deepest = Math.max(deepest, r.level());
                }
            }
            if (coded < MIN_CODED) {
                uncoded.add(t.reference());
                continue;
            }
            int required = function ? 3 : 2;
            String need = function ? "功能分类项级（7位编码）" : "经济分类款级（5位编码）";
            checks.add(new Check(ID, deepest >= required ? Outcome.PASS : Outcome.FAIL, t.reference(), null, null,
                    null, null, ID, Checks.args(ARG_REQUIRED, need, ARG_DEEPEST, levelName(function, deepest)),
                    List.of(t.source())));
        }
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(uncoded.isEmpty()
                    ? Checks.notApplicable(ID, "细化程度", "一般公共预算支出表或基本支出表", List.of())
                    : Checks.insufficient(ID, "细化程度", Checks.join(uncoded) + "未印科目编码，无法判断细化到哪一级",
                    List.of()));
        }
    }

    /** TRUE for a table by function, FALSE for one by economic class, null for neither. */
    private static Boolean function(TableKind kind, String title) {
        boolean saysEconomic = title.contains("经济分类") || title.contains("经济科目");
        boolean saysFunction = title.contains("功能分类") || title.contains("功能科目");
        if (saysEconomic == saysFunction) {
            return switch (kind) {
                case GENERAL_BUDGET_EXPENDITURE -> saysEconomic ? null : Boolean.TRUE;
                case BASIC_EXPENDITURE_ECONOMIC -> saysEconomic ? null : Boolean.FALSE;
                default -> null;
            };
        }
        if (kind != TableKind.GENERAL_BUDGET_EXPENDITURE && kind != TableKind.BASIC_EXPENDITURE_ECONOMIC) {
            return null;
        }
        return saysFunction;
    }

    private static String levelName(boolean function, int level) {
        return switch (level) {
            case 1 -> "类级（3位编码）";
            case 2 -> "款级（5位编码）";
            case 3 -> function ? "项级（7位编码）" : "7位编码";
            default -> "未能识别";
        };
    }
}
