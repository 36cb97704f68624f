package budget.audit.batch;

import budget.audit.rules.api.CrossFigures;
import budget.audit.rules.api.RuleSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the summary rows of a batch as filings finish (thread-safe) and builds the {@link BatchSummary}. */
public final class SummaryCollector {

    private final List<FilingRow> rows = new ArrayList<>();
    private final List<InputErrorRow> errors = new ArrayList<>();
    private final Map<String, Map<String, CrossFigures>> figures = new HashMap<>();
    private int resumed;

    /** The cross-filing rules' figures of an audited filing (by rule id), kept for pairing 预算 and 决算. */
    public synchronized void figures(String file, Map<String, CrossFigures> byRule) {
        figures.put(file, Map.copyOf(byRule));
    }

    /** The figures kept for a filing, if it was audited in this run. */
    public synchronized Optional<Map<String, CrossFigures>> figures(String file) {
        return Optional.ofNullable(figures.get(file));
    }

    /** The rows so far. */
    public synchronized List<FilingRow> rows() {
        return List.copyOf(rows);
    }

    public synchronized void audited(FilingRow row, boolean wasResumed) {
        rows.add(row);
        if (wasResumed) {
            resumed++;
        }
    }

    public synchronized void inputError(InputErrorRow error) {
        errors.add(error);
    }

    public synchronized BatchSummary build(BatchSummary.Tool tool, String generatedOn, List<RuleSpec> specs) {
        return build(tool, generatedOn, specs, List.of());
    }

    /** The summary with the 预算–决算 pairs compared (their rules' statistics count pairs, not filings). */
    public synchronized BatchSummary build(BatchSummary.Tool tool, String generatedOn, List<RuleSpec> specs,
                                           List<CrossCheckRow> crossChecks) {
        Set<String> crossIds = new HashSet<>();
        int crossErrors = 0;
        for (CrossCheckRow c : crossChecks) {
            for (CrossCheckRow.Figure f : c.figures()) {
                crossIds.add(f.rule());
                crossErrors += "FAIL".equals(f.outcome()) ? 1 : 0;
            }
        }
        List<FilingRow> filings = rows.stream().sorted(Comparator.comparing(FilingRow::file)).toList();
        List<InputErrorRow> bad = errors.stream().sorted(Comparator.comparing(InputErrorRow::file)).toList();
        int withErrors = 0;
        int withWarnings = 0;
        int e = 0;
        int w = 0;
        int i = 0;
        int r = 0;
        int ruleErrors = 0;
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (FilingRow row : filings) {
            withErrors += row.errors() > 0 ? 1 : 0;
            withWarnings += row.errors() == 0 && row.warnings() > 0 ? 1 : 0;
            e += row.errors();
            w += row.warnings();
            i += row.infos();
            r += row.roundings();
            ruleErrors += row.ruleErrors().isEmpty() ? 0 : 1;
            verdicts.merge(row.verdict(), 1, Integer::sum);
        }
        List<RuleStat> stats = new ArrayList<>();
        for (RuleSpec spec : specs) {
            if (crossIds.contains(spec.id())) {
                stats.add(crossStat(spec, crossChecks, filings.size()));
                continue;
            }
            int failed = 0;
            int findings = 0;
            int roundings = 0;
            int passed = 0;
            int na = 0;
            int truncations = 0;
            int insufficient = 0;
            int internal = 0;
            for (FilingRow row : filings) {
                String outcome = row.outcomes().get(spec.id());
                if (outcome == null) {
                    na++;
                    continue;
                }
                switch (outcome) {
                    case "FAIL" -> failed++;
                    case "ROUNDING" -> roundings++;
                    case "PASS" -> passed++;
                    case "TRUNCATION" -> truncations++;
                    case "INSUFFICIENT_DATA" -> insufficient++;
                    case "INTERNAL_ERROR" -> internal++;
                    default -> na++;
                }
                findings += (int) row.findings().stream().filter(f -> spec.id().equals(f.rule())).count();
            }
            stats.add(new RuleStat(spec.id(), spec.title(), spec.severity() == null ? null : spec.severity().name(),
                    failed, findings, roundings, passed, na, truncations, insufficient, internal));
        }
        BatchSummary.Totals totals = new BatchSummary.Totals(filings.size() + bad.size(), filings.size(), resumed,
                withErrors, withWarnings, bad.size(), e, w, i, r, ruleErrors, crossErrors);
        return new BatchSummary(tool, generatedOn, totals, verdicts, stats, filings, bad, crossChecks);
    }

    /** A cross-filing rule's counts: per 决算 paired with its 预算 (the other filings: not applicable). */
    private static RuleStat crossStat(RuleSpec spec, List<CrossCheckRow> crossChecks, int filings) {
        int failed = 0;
        int findings = 0;
        int roundings = 0;
        int passed = 0;
        for (CrossCheckRow c : crossChecks) {
            long fails = c.figures().stream().filter(f -> spec.id().equals(f.rule()) && "FAIL".equals(f.outcome()))
                    .count();
            boolean rounding = c.figures().stream()
                    .anyMatch(f -> spec.id().equals(f.rule()) && "ROUNDING".equals(f.outcome()));
            findings += (int) fails;
            if (fails > 0) {
                failed++;
            } else if (rounding) {
                roundings++;
            } else if ("PASS".equals(c.outcome())) {
                passed++;
            }
        }
        int na = Math.max(0, filings - failed - roundings - passed);
        return new RuleStat(spec.id(), spec.title(), spec.severity() == null ? null : spec.severity().name(),
                failed, findings, roundings, passed, na, 0, 0, 0);
    }
}
