package budget.audit.cli;

import budget.audit.batch.FilingRow;
import budget.audit.batch.SummaryCollector;
import budget.audit.batch.BatchSummary;
import budget.audit.engine.AuditResult;
import budget.audit.engine.FailOn;
import budget.audit.engine.RunTally;
import budget.audit.engine.StageTimes;
import budget.audit.model.BudgetFiling;
import budget.audit.report.ReportBuilder;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.RuleRunner;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static budget.audit.rules.FilingFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 7: a rule that failed internally (INTERNAL_ERROR) is a finding in the report with its own outcome
 * and wording, is counted in the batch summary, and makes the run exit 2 whatever --fail-on says.
 */
class RuleInternalErrorTest {

    private static AuditReport reportWithInternalError() {
        BudgetFiling filing = filing().build();
        List<RuleSpec> specs = RuleCatalogue.builtIn().specs();
        RuleSpec first = specs.getFirst();
        List<Check> checks = new ArrayList<>(new RuleRunner().run(filing, RuleCatalogue.builtIn()).stream()
                .filter(c -> !c.ruleId().equals(first.id())).toList());
        checks.add(new Check(first.id(), Outcome.INTERNAL_ERROR, first.title(), null, null, null, null,
                "_internal", Map.of("reason", "规则执行时发生内部错误，未能完成核对", "error", "IllegalStateException：boom"),
                List.of()));
        return ReportBuilder.build(filing, specs, checks, new AuditReport.ToolInfo("budget-audit", "test"),
                LocalDate.of(2026, 1, 5), TemplateEngine.of(null));
    }

    @Test
    void reportShowsTheInternalErrorAsAFindingWithItsOwnOutcome() {
        AuditReport report = reportWithInternalError();
        AuditReport.FindingEntry f = report.findings().stream()
                .filter(e -> e.outcome().equals("INTERNAL_ERROR")).findFirst().orElseThrow();
        assertEquals("ERROR", f.severity());
        assertTrue(f.message().contains("内部错误") && f.message().contains("不是文件的问题"), f.message());
        assertTrue(report.rules().stream().anyMatch(r -> r.outcome().equals("INTERNAL_ERROR")));
    }

    @Test
    void anInternalErrorExitsTwoEvenWithFailOnNever() {
        RunTally tally = new RunTally(FailOn.NEVER);
        AuditReport report = reportWithInternalError();
        tally.fileAudited(new AuditResult(Path.of("x.txt"), filing().build(), report, List.of(), new StageTimes()));
        assertEquals(1, tally.ruleErrors());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, Exits.of(tally));
    }

    @Test
    void batchSummaryCountsTheInternalErrorSeparately() {
        AuditReport report = reportWithInternalError();
        SummaryCollector collector = new SummaryCollector();
        collector.audited(FilingRow.from("x.txt", report, List.of()), false);
        BatchSummary summary = collector.build(new BatchSummary.Tool("budget-audit", "test"), "2026-01-05",
                RuleCatalogue.builtIn().specs());
        assertEquals(1, summary.totals().withRuleErrors());
        String first = RuleCatalogue.builtIn().specs().getFirst().id();
        assertEquals(1, summary.rules().getFirst().internalErrors());
        assertEquals(0, summary.rules().getFirst().notApplicable());
        assertEquals(List.of(first), summary.filings().getFirst().ruleErrors());
    }
}
