package budget.audit.engine;

import budget.audit.ingest.Ingest;
import budget.audit.ingest.InputException;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.SourceDocument;
import budget.audit.parse.ProseParser;
import budget.audit.parse.table.TableFacts;
import budget.audit.parse.table.TableReader;
import budget.audit.report.ReportBuilder;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.RuleRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the pipeline for one file: ingest → parse (prose and tables) → rules → report model. Thread-safe: one
 * instance serves a whole batch.
 */
public final class FilingAuditor {

    private final Ingest ingest;
    private final ProseParser proseParser = new ProseParser();
    private final RuleCatalogue catalogue;
    private final TemplateEngine templates;
    private final AuditSettings settings;
    private final RuleRunner ruleRunner;

    public FilingAuditor(AuditSettings settings, RuleCatalogue catalogue, TemplateEngine templates) {
        this(settings, catalogue, templates, new RuleRunner());
    }

    /** An auditor running the rules with {@code ruleRunner}'s parameters (from a rules file). */
    public FilingAuditor(AuditSettings settings, RuleCatalogue catalogue, TemplateEngine templates,
                         RuleRunner ruleRunner) {
        this.ruleRunner = ruleRunner;
        this.ingest = new Ingest(settings.maxInputBytes());
        this.catalogue = catalogue;
        this.templates = templates;
        this.settings = settings;
    }

    /** Parses a file into a filing (prose facts, tables and table facts). */
    public BudgetFiling parse(Path file, StageTimes times) throws InputException {
        long t0 = System.nanoTime();
        SourceDocument doc = ingest.read(file);
        long t1 = System.nanoTime();
        times.add("read", t1 - t0);
        BudgetFiling prose = proseParser.parse(doc);
        List<BudgetTable> tables = TableReader.read(doc);
        List<Fact> facts = new ArrayList<>(prose.facts());
        facts.addAll(TableFacts.from(tables, doc.fileName()));
        BudgetFiling filing = new BudgetFiling(doc, prose.department(), prose.year(), prose.kind(), facts, tables,
                prose.issues());
        times.add("parse", System.nanoTime() - t1);
        return filing;
    }

    /** Audits a file into its report model. */
    public AuditResult audit(Path file) throws InputException {
        StageTimes times = new StageTimes();
        BudgetFiling filing = parse(file, times);
        long t0 = System.nanoTime();
        RuleRunner.RuleRun run = ruleRunner.audit(filing, catalogue);
        long t1 = System.nanoTime();
        times.add("rules", t1 - t0);
        AuditReport report = ReportBuilder.build(filing, catalogue.specs(), run.checks(), run.trust(),
                new AuditReport.ToolInfo("budget-audit", ToolVersion.current()), settings.reportDate(), templates);
        times.add("report", System.nanoTime() - t1);
        return new AuditResult(file, filing, report, List.of(), times);
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }
}
