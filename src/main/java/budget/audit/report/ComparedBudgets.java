package budget.audit.report;

import budget.audit.report.model.AuditReport.ComparedBudget;
import budget.audit.report.model.AuditReport.ComparedFigure;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The report's {@code comparedBudget}: the published budget a 决算 was compared with, and every figure's outcome. */
final class ComparedBudgets {

    private ComparedBudgets() {
    }

    static ComparedBudget of(BudgetComparison c, MessageRenderer messages) {
        List<ComparedFigure> figures = new ArrayList<>();
        int compared = 0;
        int differing = 0;
        int notChecked = 0;
        String reason = null;
        for (Check check : c.checks()) {
            boolean open = check.outcome() == Outcome.NOT_APPLICABLE || check.outcome() == Outcome.INSUFFICIENT_DATA;
            String message = messages.render(check);
            if (open) {
                notChecked++;
                reason = reason == null ? message : reason;
            } else {
                compared++;
                differing += check.outcome() == Outcome.FAIL ? 1 : 0;
            }
            if (c.status() == BudgetComparison.Status.COMPARED) {
                figures.add(new ComparedFigure(check.outcome().name(), check.subject(), message,
                        arg(check, CrossFilingRule.ARG_FINAL_VALUE), arg(check, CrossFilingRule.ARG_BUDGET_VALUE),
                        MessageRenderer.plain(check.difference()),
                        check.unit() == null ? null : check.unit().symbol(),
                        arg(check, CrossFilingRule.ARG_FINAL_AT), arg(check, CrossFilingRule.ARG_BUDGET_AT),
                        open ? Objects.requireNonNullElse(arg(check, CrossFilingRule.ARG_MISSING), message) : null));
            }
        }
        String outcome = differing > 0 ? Outcome.FAIL.name() : compared > 0 ? Outcome.PASS.name()
                : Outcome.NOT_APPLICABLE.name();
        boolean none = c.status() != BudgetComparison.Status.COMPARED || compared == 0;
        if (c.status() != BudgetComparison.Status.COMPARED) {
            notChecked = 0;
        }
        return new ComparedBudget(c.source().file(), c.source().sha256(), c.source().format(),
                c.source().encoding(), c.department(), c.year(), c.documentKind(), c.status().name(), outcome,
                none ? reason : null, compared, differing, notChecked, figures);
    }

    private static String arg(Check c, String name) {
        Object v = c.args().get(name);
        return v == null ? null : Objects.toString(v);
    }
}
