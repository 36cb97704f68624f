package budget.audit.cli;

import budget.audit.engine.AuditListener;
import budget.audit.engine.AuditResult;
import budget.audit.report.model.AuditReport;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code audit --budget} did with each audited file, on stderr: a 决算 not compared with the budget file (not
 * a 部门预算, another department or year) gets one line with the reason; files that are not 决算 get one line for
 * the run (the option applies to 决算 only). A budget file that could not be read is reported once, before the run.
 */
final class BudgetNotes implements AuditListener {

    private final PrintWriter err;
    private final List<String> notFinal = new ArrayList<>();

    BudgetNotes(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void fileAudited(AuditResult result) {
        AuditReport report = result.report();
        AuditReport.ComparedBudget compared = report.comparedBudget();
        if (!"FINAL_ACCOUNTS".equals(report.filing().documentKind())) {
            notFinal.add(report.sources().size() > 1 ? report.source().file() : String.valueOf(result.input()));
        } else if (compared != null && "NOT_PAIRED".equals(compared.status())) {
            err.printf("%s：JS011 %s%n", Terminal.safe(String.valueOf(result.input())), Terminal.safe(compared.reason()));
            err.flush();
        }
    }

    /** The one line for the files that are not 决算, if any. */
    synchronized void finish() {
        if (notFinal.isEmpty()) {
            return;
        }
        String files = notFinal.size() == 1 ? notFinal.getFirst()
                : notFinal.getFirst() + " 等 " + notFinal.size() + " 个文件";
        err.printf("--budget 只用于部门决算：%s 不是决算，未与 --budget 文件核对（JS011 照常不适用）%n",
                Terminal.safe(files));
        err.flush();
    }
}
