package budget.audit.report.xlsx;

import budget.audit.report.Labels;
import budget.audit.report.model.AuditReport.ComparedBudget;
import budget.audit.report.model.AuditReport.ComparedFigure;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The 预算核对 sheet of a 决算 compared with its published budget ({@code audit --budget}, JS011): one row per 决算
 * figure with both figures as printed, where each was read, the difference and the outcome.
 */
final class XlsxBudgetSheet {

    private XlsxBudgetSheet() {
    }

    static void write(XSSFSheet sheet, XlsxStyles styles, ComparedBudget budget, Labels l) {
        XlsxSheet s = new XlsxSheet(sheet, styles, List.of(l.get("col.no"), l.get("budget.col.subject"),
                l.get("col.outcome"), l.get("budget.col.finalValue"), l.get("budget.col.budgetValue"),
                l.get("col.difference"), l.get("col.unit"), l.get("budget.col.finalAt"), l.get("budget.col.budgetAt"),
                l.get("col.message")), List.of(6, 34, 8, 16, 18, 14, 6, 40, 40, 70));
        int n = 0;
        for (ComparedFigure f : budget.figures()) {
            s.row().integer(++n).text(f.subject()).text(l.code("budget.outcome", f.outcome())).text(f.finalValue())
                    .text(f.budgetValue()).amount(f.difference()).text(f.unit()).text(f.finalAt()).text(f.budgetAt())
                    .text(f.message());
        }
        s.finish(true);
    }

    /** The 概况 line: counts when figures were compared, else the reason. */
    static String result(ComparedBudget budget, Labels l) {
        if (budget.reason() != null) {
            return budget.reason();
        }
        int total = budget.compared() + budget.notChecked();
        return l.get("budget.result.compared").replace("{total}", String.valueOf(total))
                .replace("{same}", String.valueOf(budget.compared() - budget.differing()))
                .replace("{differing}", String.valueOf(budget.differing()))
                .replace("{open}", String.valueOf(budget.notChecked()));
    }
}
