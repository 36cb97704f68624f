package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.DocumentKind;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.CheckEntry;
import budget.audit.report.model.AuditReport.Evidence;
import budget.audit.report.model.AuditReport.FactEntry;
import budget.audit.report.model.AuditReport.FilingInfo;
import budget.audit.report.model.AuditReport.ListedTable;
import budget.audit.report.model.Coverage;
import budget.audit.rules.TableTrust;
import budget.audit.report.model.AuditReport.FindingEntry;
import budget.audit.report.model.AuditReport.RuleResult;
import budget.audit.report.model.AuditReport.SourceInfo;
import budget.audit.report.model.AuditReport.Summary;
import budget.audit.report.model.AuditReport.ToolInfo;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.api.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the one {@link AuditReport} all renderers read from a filing, the rule catalogue and the checks made.
 * Findings are FAIL checks (severity from the catalogue) and TRUNCATION checks (INFO); ROUNDING checks are only
 * counted and listed in the appendix. The verdict wording comes from {@code templates/verdict.ftl}.
 */
public final class ReportBuilder {

    public static final String VERDICT_TEMPLATE = "verdict.ftl";
    public static final String SCOPE_TEMPLATE = "scope.ftl";
    /** The draft 审核意见 paragraph (templates/opinion.ftl). */
    public static final String OPINION_TEMPLATE = "opinion.ftl";

    private static final Comparator<Integer> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private ReportBuilder() {
    }

    /**
     * Builds the report of checks that were not gated by the caller: they are gated here with the filing's
     * {@link TableTrust} (default tolerance), so the coverage section can say which tables were not verified.
     */
    public static AuditReport build(BudgetFiling filing, List<RuleSpec> catalogue, List<Check> checks,
                                    ToolInfo tool, LocalDate reportDate, TemplateEngine engine) {
        TableTrust trust = TableTrust.of(filing);
        return build(filing, catalogue, trust.gate(checks), trust, tool, reportDate, engine);
    }

    /** Builds the report of checks already gated with {@code trust} (as {@link budget.audit.rules.RuleRunner} does). */
    public static AuditReport build(BudgetFiling filing, List<RuleSpec> catalogue, List<Check> checks,
                                    TableTrust trust, ToolInfo tool, LocalDate reportDate, TemplateEngine engine) {
        return build(filing, catalogue, checks, trust, tool, reportDate, engine, null);
    }

    /**
     * As {@link #build(BudgetFiling, List, List, TableTrust, ToolInfo, LocalDate, TemplateEngine)}, for a 决算
     * compared with a published budget ({@code comparison}'s checks are among {@code checks}); null: none.
     */
    public static AuditReport build(BudgetFiling filing, List<RuleSpec> catalogue, List<Check> checks,
                                    TableTrust trust, ToolInfo tool, LocalDate reportDate, TemplateEngine engine,
                                    BudgetComparison comparison) {
        return FigureMeasures.with(filing, () -> buildReport(filing, catalogue, checks, trust, tool, reportDate,
                engine, comparison));
    }

    private static AuditReport buildReport(BudgetFiling filing, List<RuleSpec> catalogue, List<Check> checks,
                                           TableTrust trust, ToolInfo tool, LocalDate reportDate,
                                           TemplateEngine engine, BudgetComparison comparison) {
        MessageRenderer messages = new MessageRenderer(engine);
        Map<String, RuleSpec> specs = new LinkedHashMap<>();
        catalogue.forEach(spec -> specs.put(spec.id(), spec));
        SourceDocument document = filing.document();

        // a quoted source line over LayoutText.LIMIT characters is cut: one 1 MB line quoted by 20,000 amounts
        // would otherwise make every report (JSON included) gigabytes long
        String marker = Labels.load(engine).get(LayoutText.MARKER_LABEL);
        List<FindingEntry> findings = findings(checks, specs, messages, new Remedies(engine), document, marker);
        List<CheckEntry> roundings = roundings(checks, messages, document, marker);
        int errors = count(findings, Severity.ERROR);
        int warnings = count(findings, Severity.WARNING);
        int infos = count(findings, Severity.INFO);
        Map<String, Object> verdictModel = new LinkedHashMap<>();
        verdictModel.put("errors", errors);
        verdictModel.put("warnings", warnings);
        verdictModel.put("infos", infos);
        verdictModel.put("roundings", roundings.size());
        verdictModel.put("documentKind", filing.documentKind().name());
        verdictModel.put("documentKindLabel", filing.documentKind().label());
        String verdict = engine.render(VERDICT_TEMPLATE, verdictModel).strip();

        List<SourceInfo> sources = document.files().stream()
                .map(p -> new SourceInfo(p.fileName(), p.sha256(), p.format(), p.encoding())).toList();
        List<ListedTable> missing = TableEntries.missing(filing);
        Coverage coverage = CoverageBuilder.build(filing, trust, checks, specs, missing, engine, messages);
        FilingInfo filingInfo = new FilingInfo(filing.department(), filing.year(), kindLabel(filing),
                filing.documentKind().name(), filing.content().name());
        return new AuditReport(tool,
                new SourceInfo(document.fileName(), document.sha256(), document.format(), document.encoding()),
                filingInfo,
                new Summary(errors, warnings, infos, roundings.size(), verdict),
                rules(specs, checks),
                findings,
                filing.facts().stream().map(f -> fact(f, document, marker)).toList(),
                roundings,
                SourceLines.localTables(TableEntries.of(filing.tables(), checks), document),
                missing.stream().map(m -> new AuditReport.ListedTable(m.number(), m.title(),
                        SourceLines.local(m.line(), document))).toList(),
                reportDate.toString(),
                sources,
                scope(filing, engine),
                coverage,
                opinion(filingInfo, filing, findings, coverage, engine),
                comparison == null ? null : ComparedBudgets.of(comparison, messages));
    }

    /**
     * The draft 审核意见 (templates/opinion.ftl): counts, the titles of the rules with findings and the number of
     * tables not checked; nothing the report does not hold.
     */
    private static String opinion(FilingInfo info, BudgetFiling filing, List<FindingEntry> findings,
                                  Coverage coverage, TemplateEngine engine) {
        Map<String, Object> model = new LinkedHashMap<>();
        if (info.department() != null) {
            model.put("department", info.department());
        }
        if (info.year() != null) {
            model.put("year", info.year());
        }
        if (info.kind() != null) {
            model.put("kind", info.kind());
        }
        model.put("documentKind", filing.documentKind().name());
        model.put("documentKindLabel", filing.documentKind().label());
        model.put("errors", count(findings, Severity.ERROR));
        model.put("warnings", count(findings, Severity.WARNING));
        model.put("infos", count(findings, Severity.INFO));
        model.put("rules", findings.stream().map(FindingEntry::title).distinct().toList());
        Coverage.Summary cs = coverage.summary();
        model.put("notChecked", cs.partial() + cs.notVerified() + cs.notUnderstood());
        return engine.render(OPINION_TEMPLATE, model).replaceAll("[ \\t]*\\R[ \\t]*", "").strip();
    }

    /** 部门预算 / 单位预算; for final accounts 部门决算 / 单位决算 (the same level of filing). */
    private static String kindLabel(BudgetFiling filing) {
        if (filing.kind() == null) {
            return null;
        }
        String label = filing.kind().label();
        return filing.documentKind() == DocumentKind.FINAL_ACCOUNTS ? label.replace("预算", "决算") : label;
    }

    /**
     * What the audit covered, in Chinese (templates/scope.ftl, one statement per line): a 决算 or other document
     * not checked, one half of a split filing checked for what it holds, the files merged into one filing.
     */
    private static List<String> scope(BudgetFiling filing, TemplateEngine engine) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("documentKind", filing.documentKind().name());
        model.put("documentKindLabel", filing.documentKind().label());
        model.put("content", filing.content().name());
        model.put("files", filing.document().files().stream().map(SourceDocument.Part::fileName).toList());
        return engine.render(SCOPE_TEMPLATE, model).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static int count(List<FindingEntry> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity.name())).count();
    }

    private static Severity severityOf(Check check, Map<String, RuleSpec> specs) {
        if (check.outcome() == Outcome.TRUNCATION) {
            return Severity.INFO;
        }
        if (check.outcome() == Outcome.INTERNAL_ERROR) {
            return Severity.ERROR;
        }
        RuleSpec spec = specs.get(check.ruleId());
        return spec == null || spec.severity() == null ? Severity.ERROR : spec.severity();
    }

    private static List<FindingEntry> findings(List<Check> checks, Map<String, RuleSpec> specs,
                                               MessageRenderer messages, Remedies remedies,
                                               SourceDocument document, String marker) {
        record Ranked(Severity severity, Check check) {
        }
        return checks.stream()
                .filter(c -> c.outcome().isFinding())
                .map(c -> new Ranked(severityOf(c, specs), c))
                .sorted(Comparator.comparing(Ranked::severity)
                        .thenComparing(r -> r.check().ruleId())
                        .thenComparing(r -> firstLine(r.check()), NULLS_LAST)
                        .thenComparing(r -> nullToEmpty(r.check().subject())))
                .map(r -> finding(r.check(), r.severity(), specs.get(r.check().ruleId()), messages, remedies,
                        document, marker))
                .toList();
    }

    private static FindingEntry finding(Check check, Severity severity, RuleSpec spec, MessageRenderer messages,
                                        Remedies remedies, SourceDocument document, String marker) {
        String title = spec == null ? check.ruleId() : spec.title();
        String basis = spec == null || spec.basis() == null || spec.basis().isBlank() ? null : spec.basis().strip();
        return new FindingEntry(check.ruleId(), title, severity.name(),
                check.outcome().name(), check.subject(), messages.render(check), stated(check),
                MessageRenderer.plain(check.computed()), MessageRenderer.plain(check.difference()), unit(check),
                evidence(check.evidence(), document, marker), basis,
                remedies.of(check.ruleId(), title, check.outcome().name()));
    }

    private static List<CheckEntry> roundings(List<Check> checks, MessageRenderer messages,
                                              SourceDocument document, String marker) {
        return checks.stream()
                .filter(c -> c.outcome() == Outcome.ROUNDING)
                .sorted(Comparator.comparing(Check::ruleId)
                        .thenComparing(ReportBuilder::firstLine, NULLS_LAST)
                        .thenComparing(c -> nullToEmpty(c.subject())))
                .map(c -> new CheckEntry(c.ruleId(), c.subject(), messages.render(c), stated(c),
                        MessageRenderer.plain(c.computed()), MessageRenderer.plain(c.difference()), unit(c),
                        evidence(c.evidence(), document, marker)))
                .toList();
    }

    private static List<RuleResult> rules(Map<String, RuleSpec> specs, List<Check> checks) {
        Map<String, List<Check>> byRule = new LinkedHashMap<>();
        specs.keySet().forEach(id -> byRule.put(id, new ArrayList<>()));
        checks.stream().map(Check::ruleId).sorted().forEach(id -> byRule.putIfAbsent(id, new ArrayList<>()));
        checks.forEach(c -> byRule.get(c.ruleId()).add(c));
        List<RuleResult> results = new ArrayList<>();
        byRule.forEach((id, ruleChecks) -> {
            RuleSpec spec = specs.get(id);
            Outcome outcome = ruleChecks.stream().map(Check::outcome).reduce(Outcome::worse)
                    .orElse(Outcome.NOT_APPLICABLE);
            List<Check> applicable = ruleChecks.stream()
                    .filter(c -> c.outcome() != Outcome.NOT_APPLICABLE).toList();
            Check only = sameStatedValue(applicable) ? applicable.getFirst() : null;
            results.add(new RuleResult(id, spec == null ? id : spec.title(), spec == null ? null : spec.category(),
                    spec == null || spec.severity() == null ? null : spec.severity().name(), outcome.name(),
                    only == null ? null : stated(only),
                    only == null ? null : MessageRenderer.plain(only.computed()),
                    only == null ? null : unit(only), ruleChecks.size()));
        });
        return results;
    }

    /**
     * True when the applicable checks all test one stated figure (e.g. the same total stated in prose and in a
     * table): then the rule's entry can show it (the first: the prose headline).
     */
    private static boolean sameStatedValue(List<Check> applicable) {
        if (applicable.isEmpty() || applicable.getFirst().stated() == null) {
            return false;
        }
        Amount first = applicable.getFirst().stated();
        return applicable.stream().allMatch(c -> c.stated() != null && sameValue(c.stated(), first));
    }

    private static boolean sameValue(Amount a, Amount b) {
        if (a.unit().isMoney() && b.unit().isMoney()) {
            return a.toYuan().compareTo(b.toYuan()) == 0;
        }
        return a.unit() == b.unit() && a.value().compareTo(b.value()) == 0;
    }

    private static FactEntry fact(Fact fact, SourceDocument document, String marker) {
        Provenance p = document.locate(fact.source());
        boolean read = fact.readable() && fact.amount() != null;
        return new FactEntry(fact.key(), FactKeys.chineseName(fact.key()), fact.label(),
                read ? fact.amount().printed() : null,
                read ? fact.amount().unit().symbol() : null,
                read ? fact.amount().decimals() : null,
                fact.origin().name(), p.line(), p.page(), p.cell(), p.table(), p.row(), LayoutText.quote(p.text(), marker),
                fact.status().name(), fileOf(p, document), FigureMeasures.ofFact(fact));
    }

    /** Evidence in check order, one entry per distinct place (several parts quoted from one line appear once). */
    private static List<Evidence> evidence(List<Provenance> sources, SourceDocument document, String marker) {
        return sources.stream()
                .map(p -> foreign(p, document)
                        ? new Evidence(p.line(), p.page(), p.cell(), p.table(), p.row(),
                        LayoutText.quote(p.text(), marker), p.file(), null)
                        : new Evidence(document.locate(p).line(), document.locate(p).page(), p.cell(), p.table(),
                        p.row(), LayoutText.quote(document.locate(p).text(), marker),
                        fileOf(document.locate(p), document),
                        FigureMeasures.of(p)))
                .distinct()
                .toList();
    }

    /**
     * Whether a place is in another file than the audited ones (a 决算's finding citing the published budget it was
     * compared with): cited as it is, never located among the audited file's lines.
     */
    private static boolean foreign(Provenance p, SourceDocument document) {
        return p != null && p.file() != null && !p.file().equals(document.fileName())
                && document.files().stream().noneMatch(part -> p.file().equals(part.fileName()));
    }

    /** The file a place is in: as located in a merged document, else the document's own file. */
    private static String fileOf(Provenance p, SourceDocument document) {
        if (document.merged() && p != null && p.file() != null) {
            return p.file();
        }
        return document.fileName();
    }

    private static Integer firstLine(Check check) {
        return check.evidence().isEmpty() ? null : check.evidence().getFirst().line();
    }

    private static String stated(Check check) {
        return check.stated() == null ? null : check.stated().printed();
    }

    private static String unit(Check check) {
        if (check.unit() != null) {
            return check.unit().symbol();
        }
        return check.stated() == null ? null : check.stated().unit().symbol();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
