package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.DocumentKind;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.prose.Mention;
import budget.audit.parse.prose.MentionScanner;
import budget.audit.parse.prose.Paragraph;
import budget.audit.parse.prose.ProseText;
import budget.audit.report.model.AuditReport.ListedTable;
import budget.audit.report.model.Coverage;
import budget.audit.report.model.Coverage.Gap;
import budget.audit.report.model.Coverage.ProseAmount;
import budget.audit.report.model.Coverage.TableItem;
import budget.audit.rules.ColumnRoles;
import budget.audit.rules.TableTrust;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.Interval;
import budget.audit.rules.arith.Mode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Coverage} of one audit from the filing, its table trust and the (gated) checks.
 *
 * <p>A prose amount is a money figure the prose states: a {@link Mention} of kind VALUE with a readable number, not
 * inside a "主要原因是…" explanation (changes 增加/减少 and previous-year figures are not counted). It is matched when
 * either a check that was applied (not 不适用) cites the prose fact read from it (same line, same amount), or its
 * amount equals a cell of any table read (within the rounding of the printed figures, across units). Equality with a
 * cell is a weak match: a round figure can equal an unrelated cell.
 */
final class CoverageBuilder {

    private static final Consistency CONSISTENCY = new Consistency(Mode.ROUND_HALF);
    static final String REASON_TEMPLATE = "coverage-reason.ftl";

    private CoverageBuilder() {
    }

    static Coverage build(BudgetFiling filing, TableTrust trust, List<Check> checks, Map<String, RuleSpec> specs,
                          List<ListedTable> missing, TemplateEngine engine, MessageRenderer messages) {
        List<TableItem> tables = tables(filing, trust, checks, engine);
        Coverage.Prose prose = prose(filing, checks, Labels.load(engine).get(LayoutText.MARKER_LABEL));
        // a rule written for the other kind of document (预算 / 决算) is no gap of this one: the scope says so once
        List<Gap> gaps = gaps(filing.documentKind() == DocumentKind.OTHER ? checks
                : checks.stream().filter(c -> !OUT_OF_SCOPE.equals(c.messageKey())).toList(), specs, messages);
        int withFigures = (int) tables.stream().filter(t -> !t.status().equals(Coverage.EMPTY)).count();
        int setAside = (int) checks.stream().filter(c -> TableTrust.MESSAGE_KEY.equals(c.messageKey())).count();
        Coverage.Summary summary = new Coverage.Summary(tables.size(), withFigures + missing.size(),
                count(tables, Coverage.CHECKED) + count(tables, Coverage.RECOGNISED), count(tables, Coverage.PARTIAL), count(tables, Coverage.NOT_VERIFIED),
                count(tables, Coverage.NOT_UNDERSTOOD), count(tables, Coverage.EMPTY), missing.size(),
                prose.amounts(), prose.matched(), setAside, gaps.size());
        return new Coverage(summary, tables, prose, missing, gaps, filing.document().notes());
    }

    private static int count(List<TableItem> tables, String status) {
        return (int) tables.stream().filter(t -> t.status().equals(status)).count();
    }

    // ---- tables ----

    private static List<TableItem> tables(BudgetFiling filing, TableTrust trust, List<Check> checks,
                                          TemplateEngine engine) {
        Map<Integer, Integer> setAside = new HashMap<>();
        for (Check c : checks) {
            if (!TableTrust.MESSAGE_KEY.equals(c.messageKey())) {
                continue;
            }
            c.evidence().stream().map(trust::verdictAt).flatMap(java.util.Optional::stream).findFirst()
                    .ifPresent(v -> setAside.merge(v.index(), 1, Integer::sum));
        }
        Map<Integer, TableTrust.Verdict> verdicts = new HashMap<>();
        trust.verdicts().forEach(v -> verdicts.put(v.index(), v));
        List<TableItem> out = new ArrayList<>();
        List<BudgetTable> tables = filing.tables();
        for (int i = 0; i < tables.size(); i++) {
            BudgetTable t = tables.get(i);
            TableTrust.Verdict v = verdicts.get(i);
            int identities = v == null ? 0 : v.hierarchyChecked() + v.rowChecked();
            int failed = v == null ? 0 : v.hierarchyFailed() + v.rowFailed();
            List<String> roles = new ArrayList<>(t.columns());
            // 绩效 and asset tables print targets and counts, not amounts by fund: their column roles do not matter
            boolean rolesMatter = t.kind() != TableKind.PERFORMANCE && t.kind() != TableKind.ASSETS;
            List<String> unknown = v == null || !rolesMatter ? List.of() : v.unknownColumns();
            String status;
            String reason;
            if (t.empty()) {
                status = Coverage.EMPTY;
                reason = reason(engine, "EMPTY", 0, 0, "");
            } else if (t.kind() == null || t.kind() == TableKind.OTHER) {
                status = Coverage.NOT_UNDERSTOOD;
                reason = reason(engine, "OTHER_KIND", 0, 0, "");
            } else if (t.columns().isEmpty()
                    || rolesMatter && ColumnRoles.unknownColumns(t).size() == t.columns().size()) {
                status = Coverage.NOT_UNDERSTOOD;
                reason = reason(engine, "NO_COLUMNS", 0, 0, "");
            } else if (v != null && !v.trusted()) {
                status = Coverage.NOT_VERIFIED;
                reason = reason(engine, v.reason().name(), v.reasonChecked(), v.reasonFailed(),
                        String.join("、", v.ambiguousRoles()));
            } else if (!unknown.isEmpty()) {
                status = Coverage.PARTIAL;
                reason = reason(engine, "UNKNOWN_COLUMNS", 0, 0, String.join("、", unknown));
            } else if (filing.documentKind() == DocumentKind.OTHER) {
                status = Coverage.RECOGNISED;
                reason = reason(engine, "NOT_AUDITED", 0, 0, "");
            } else {
                status = Coverage.CHECKED;
                reason = null;
            }
            Provenance src = t.source();
            out.add(new TableItem(t.reference(), t.kind() == null ? null : t.kind().label(),
                    src == null ? null : src.page(), src == null ? null : src.line(), status, roles, unknown,
                    identities, failed, setAside.getOrDefault(i, 0), reason));
        }
        return out;
    }

    private static String reason(TemplateEngine engine, String kind, int identities, int failed, String columns) {
        Map<String, Object> model = Map.of("kind", kind, "identities", identities, "failed", failed,
                "columns", columns);
        return engine.render(REASON_TEMPLATE, model).replaceAll("[ \\t]*\\R[ \\t]*", "").strip();
    }

    // ---- prose ----

    private static Coverage.Prose prose(BudgetFiling filing, List<Check> checks, String marker) {
        Set<Provenance> cited = new HashSet<>();
        for (Check c : checks) {
            if (c.outcome() != Outcome.NOT_APPLICABLE) {
                cited.addAll(c.evidence());
            }
        }
        // per line, the amounts a check compared, as unit + value (a set: a line may carry 20,000 amounts)
        Map<Integer, Set<String>> comparedByLine = new HashMap<>();
        for (Fact f : filing.facts()) {
            if (f.origin() == Fact.Origin.PROSE && f.readable() && cited.contains(f.source())) {
                comparedByLine.computeIfAbsent(f.source().line(), k -> new HashSet<>()).add(compared(f.amount()));
            }
        }
        String file = filing.fileName();
        // a prose figure compared with another filing (a 决算's 年初预算数 with the published budget, JS011) is no
        // fact of this filing's own: it counts as compared on its line
        for (Check c : checks) {
            if (c.outcome() != Outcome.NOT_APPLICABLE && c.stated() != null && !c.evidence().isEmpty()
                    && c.evidence().getFirst().table() == null
                    && c.evidence().stream().anyMatch(p -> p.file() != null && !p.file().equals(file)
                    && filing.document().files().stream().noneMatch(part -> p.file().equals(part.fileName())))) {
                comparedByLine.computeIfAbsent(c.evidence().getFirst().line(), k -> new HashSet<>())
                        .add(compared(c.stated()));
            }
        }
        CellIndex cells = new CellIndex(filing.tables());
        MentionScanner scanner = new MentionScanner(filing.year());
        int amounts = 0;
        int matched = 0;
        List<ProseAmount> unmatched = new ArrayList<>();
        for (Paragraph p : ProseText.of(filing.document().lines()).paragraphs()) {
            for (Mention m : scanner.scan(p)) {
                if (m.kind() != Mention.Kind.VALUE || !m.isMoney() || m.unreadable() || m.explanatory()) {
                    continue;
                }
                amounts++;
                Amount amount = m.amount();
                Provenance where = m.provenance(file);
                boolean compared = comparedByLine.getOrDefault(where.line(), Set.of()).contains(compared(amount));
                if (compared || cells.contains(amount)) {
                    matched++;
                } else {
                    unmatched.add(new ProseAmount(m.printed(), m.label(), where.line(), where.page(),
                            LayoutText.quote(where.text(), marker)));
                }
            }
        }
        return new Coverage.Prose(amounts, matched, unmatched);
    }

    /** Unit and value of an amount; equal for amounts of the same unit whose values compare equal (1.0 and 1.00). */
    private static String compared(Amount a) {
        return a.unit() + ":" + (a.value().signum() == 0 ? "0" : a.value().stripTrailingZeros().toPlainString());
    }

    /** Every table cell's amount, by its value in 元, to find the cells a prose figure can equal. */
    private static final class CellIndex {
        private final NavigableMap<BigDecimal, List<Amount>> byYuan = new TreeMap<>();
        private BigDecimal widest = BigDecimal.ZERO;

        CellIndex(List<BudgetTable> tables) {
            for (BudgetTable t : tables) {
                for (TableRow r : t.rows()) {
                    for (Amount a : r.values()) {
                        if (a != null && a.unit() != null && a.unit().isMoney()) {
                            byYuan.computeIfAbsent(a.toYuan(), k -> new ArrayList<>()).add(a);
                            widest = widest.max(Interval.step(a));
                        }
                    }
                }
            }
        }

        boolean contains(Amount amount) {
            if (byYuan.isEmpty()) {
                return false;
            }
            BigDecimal margin = widest.max(Interval.step(amount));
            Interval range = Interval.of(amount, Mode.ROUND_HALF);
            for (List<Amount> same : byYuan.subMap(range.lo().subtract(margin), true, range.hi().add(margin), true)
                    .values()) {
                for (Amount cell : same) {
                    if (CONSISTENCY.equal(amount, cell).outcome() != Outcome.FAIL) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    // ---- rules ----

    /** Message key of the check of a rule not applied to this kind of document (engine.FilingAuditor). */
    static final String OUT_OF_SCOPE = "_notApplied";

    /** Rules whose every check is 不适用 or 数据不足, with the message of their first check as the reason. */
    private static List<Gap> gaps(List<Check> checks, Map<String, RuleSpec> specs, MessageRenderer messages) {
        Map<String, List<Check>> byRule = new LinkedHashMap<>();
        java.util.Set<String> ruled = new java.util.HashSet<>();
        checks.forEach(c -> ruled.add(c.ruleId()));
        specs.keySet().stream().filter(ruled::contains).forEach(id -> byRule.put(id, new ArrayList<>()));
        checks.forEach(c -> byRule.computeIfAbsent(c.ruleId(), k -> new ArrayList<>()).add(c));
        List<Gap> out = new ArrayList<>();
        byRule.forEach((id, ruleChecks) -> {
            if (ruleChecks.isEmpty() || ruleChecks.stream().anyMatch(c -> c.outcome() != Outcome.NOT_APPLICABLE
                    && c.outcome() != Outcome.INSUFFICIENT_DATA)) {
                return;
            }
            Outcome worst = ruleChecks.stream().map(Check::outcome).reduce(Outcome::worse).orElseThrow();
            Check first = ruleChecks.stream().filter(c -> c.outcome() == worst).findFirst().orElseThrow();
            RuleSpec spec = specs.get(id);
            out.add(new Gap(id, spec == null ? id : spec.title(), worst.name(), messages.render(first)));
        });
        return out;
    }
}
