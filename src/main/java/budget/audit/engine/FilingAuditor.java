package budget.audit.engine;

import budget.audit.ingest.Ingest;
import budget.audit.ingest.InputException;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.SourceDocument;
import budget.audit.model.DocumentKind;
import budget.audit.model.FilingContent;
import budget.audit.parse.DocumentKindDetector;
import budget.audit.parse.FilingContentDetector;
import budget.audit.parse.ProseParser;
import budget.audit.parse.prose.HeaderReader;
import budget.audit.parse.table.TableFacts;
import budget.audit.parse.table.TableReader;
import budget.audit.report.BudgetComparison;
import budget.audit.report.ReportBuilder;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.RuleRunner;
import budget.audit.rules.TableTrust;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the pipeline for one file: ingest → parse (prose and tables) → rules → report model. Thread-safe: one
 * instance serves a whole batch.
 */
public final class FilingAuditor {

    /** Message template of a rule not applied to a document of another kind. */
    static final String SCOPE_MESSAGE = "_notApplied";
    /** Why the budget rules were not applied (model: documentKind, documentKindLabel). */
    static final String SCOPE_REASON_TEMPLATE = "scope-reason.ftl";

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
        return parse(List.of(file), times);
    }

    /**
     * Parses files published as one filing (a 情况说明 and its 报表) into one filing: read each, merged into one
     * document (the files holding prose first, otherwise in the given order), then parsed as one. One file is
     * parsed as it is.
     */
    public BudgetFiling parse(List<Path> files, StageTimes times) throws InputException {
        long t0 = System.nanoTime();
        List<SourceDocument> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(ingest.read(file));
        }
        SourceDocument doc = SourceDocument.merge(narrativeFirst(docs));
        long t1 = System.nanoTime();
        times.add("read", t1 - t0);
        budget.audit.model.Interruption.check();
        BudgetFiling prose = proseParser.parse(doc);
        List<BudgetTable> tables = TableReader.read(doc);
        List<Fact> facts = new ArrayList<>(prose.facts());
        facts.addAll(TableFacts.from(tables, doc.fileName()));
        String department = prose.department() != null ? prose.department()
                : HeaderReader.departmentInTables(doc.lines());
        BudgetFiling filing = new BudgetFiling(doc, department, prose.year(), prose.kind(), facts, tables,
                prose.issues(), DocumentKindDetector.detect(doc, tables), content(doc, tables));
        times.add("parse", System.nanoTime() - t1);
        return filing;
    }

    /**
     * Which halves the filing holds. Files merged into one filing are measured one by one (a 报表 file's
     * tables next to a 情况说明's pages would not outweigh them): holding a narrative in one file and tables in
     * another, the filing is complete.
     */
    private static FilingContent content(SourceDocument doc, List<BudgetTable> tables) {
        if (doc.merged()) {
            boolean narrative = false;
            boolean tabled = false;
            for (SourceDocument.Part part : doc.parts()) {
                SourceDocument one = new SourceDocument(part.fileName(), part.sha256(), part.format(),
                        part.encoding(), doc.lines().stream().filter(l -> part.holds(l.number())).toList());
                List<BudgetTable> own = tables.stream()
                        .filter(t -> t.source() != null && part.holds(t.source().line())).toList();
                FilingContentDetector.Measure m = FilingContentDetector.measure(one, own);
                narrative |= m.narrative();
                tabled |= m.tables();
            }
            if (narrative && tabled) {
                return FilingContent.COMPLETE;
            }
        }
        return FilingContentDetector.detect(doc, tables);
    }

    /** The documents holding a narrative first (stable): the filing's header and headline figures are there. */
    private static List<SourceDocument> narrativeFirst(List<SourceDocument> docs) {
        if (docs.size() < 2) {
            return docs;
        }
        List<SourceDocument> out = new ArrayList<>();
        List<SourceDocument> rest = new ArrayList<>();
        for (SourceDocument d : docs) {
            (FilingContentDetector.measure(d, List.of()).narrative() ? out : rest).add(d);
        }
        out.addAll(rest);
        return out;
    }

    /** Audits a file into its report model. */
    public AuditResult audit(Path file) throws InputException {
        return audit(List.of(file));
    }

    /** Audits files published as one filing into one report model (see {@link #parse(List, StageTimes)}). */
    public AuditResult audit(List<Path> files) throws InputException {
        return audit(files, null);
    }

    /**
     * As {@link #audit(List)}; a 决算 is compared with {@code published}, the department's published 部门预算 (CLI
     * {@code audit --budget}): the cross-filing rule's checks (JS011) replace its "needs the budget" check, and the
     * report names the budget file ({@code comparedBudget}). Other filings, or null: as {@link #audit(List)}.
     */
    public AuditResult audit(List<Path> files, PublishedBudget published) throws InputException {
        StageTimes times = new StageTimes();
        BudgetFiling filing = parse(files, times);
        long t0 = System.nanoTime();
        RuleRunner.RuleRun run = filing.documentKind() == DocumentKind.OTHER
                ? new RuleRunner.RuleRun(notApplied(filing, catalogue.specs()), TableTrust.none())
                : runInScope(filing);
        List<Check> checks = run.checks();
        BudgetComparison comparison = null;
        CrossFilingRule cross = crossRule();
        if (published != null && cross != null && filing.documentKind() == DocumentKind.FINAL_ACCOUNTS) {
            comparison = BudgetCrossCheck.compare(cross, catalogue.spec(cross.id()).title(), filing, published);
            checks = replace(checks, cross.id(), comparison.checks());
        }
        long t1 = System.nanoTime();
        times.add("rules", t1 - t0);
        budget.audit.model.Interruption.check();
        AuditReport report = ReportBuilder.build(filing, catalogue.specs(), checks, run.trust(),
                new AuditReport.ToolInfo("budget-audit", ToolVersion.current()), settings.reportDate(), templates,
                comparison);
        times.add("report", System.nanoTime() - t1);
        return new AuditResult(files.getFirst(), filing, report, List.of(), times);
    }

    /**
     * Runs the rules written for the filing's kind (预算 rules on a 预算, 决算 rules on a 决算); every other rule
     * gets one NOT_APPLICABLE check saying why. Checks stay in catalogue order.
     */
    private RuleRunner.RuleRun runInScope(BudgetFiling filing) {
        List<RuleSpec> inScope = new ArrayList<>();
        List<RuleSpec> outOfScope = new ArrayList<>();
        for (RuleSpec spec : catalogue.specs()) {
            (catalogue.rule(spec.id()).appliesTo() == filing.documentKind() ? inScope : outOfScope).add(spec);
        }
        if (outOfScope.isEmpty()) {
            return ruleRunner.audit(filing, catalogue);
        }
        RuleCatalogue scoped = RuleCatalogue.of(inScope,
                inScope.stream().map(s -> catalogue.rule(s.id())).toList());
        RuleRunner.RuleRun run = ruleRunner.audit(filing, scoped);
        Map<String, List<Check>> byRule = new java.util.LinkedHashMap<>();
        for (Check c : run.checks()) {
            byRule.computeIfAbsent(c.ruleId(), k -> new ArrayList<>()).add(c);
        }
        for (Check c : notApplied(filing, outOfScope)) {
            byRule.computeIfAbsent(c.ruleId(), k -> new ArrayList<>()).add(c);
        }
        List<Check> ordered = new ArrayList<>();
        for (RuleSpec spec : catalogue.specs()) {
            ordered.addAll(byRule.getOrDefault(spec.id(), List.of()));
        }
        return new RuleRunner.RuleRun(ordered, run.trust());
    }

    /**
     * The checks of a filing the budget rules do not apply to (a 决算 or another kind of document): one
     * NOT_APPLICABLE check per rule, saying why. Budget rules on final accounts would report their differences
     * (预算数 against 决算数, other tables) as defects.
     */
    private List<Check> notApplied(BudgetFiling filing, List<RuleSpec> specs) {
        List<Check> out = new ArrayList<>();
        for (RuleSpec spec : specs) {
            String reason = templates.render(SCOPE_REASON_TEMPLATE, Map.of(
                    "documentKind", filing.documentKind().name(),
                    "documentKindLabel", filing.documentKind().label(),
                    "ruleKind", catalogue.rule(spec.id()).appliesTo().name())).strip();
            out.add(new Check(spec.id(), Outcome.NOT_APPLICABLE, spec.title(), null, null, null, null,
                    SCOPE_MESSAGE, Map.of(RuleRunner.ARG_REASON, reason), List.of()));
        }
        return out;
    }

    /** The catalogue's first rule comparing two filings (JS011), or null when the catalogue has none. */
    private CrossFilingRule crossRule() {
        for (Rule r : catalogue.rules()) {
            if (r instanceof CrossFilingRule c && catalogue.find(c.id()).isPresent()) {
                return c;
            }
        }
        return null;
    }

    /** {@code checks} with those of {@code ruleId} replaced by {@code with}, where the first of them stood. */
    private static List<Check> replace(List<Check> checks, String ruleId, List<Check> with) {
        List<Check> out = new ArrayList<>();
        boolean placed = false;
        for (Check c : checks) {
            if (!c.ruleId().equals(ruleId)) {
                out.add(c);
            } else if (!placed) {
                out.addAll(with);
                placed = true;
            }
        }
        if (!placed) {
            out.addAll(with);
        }
        return out;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }
}
