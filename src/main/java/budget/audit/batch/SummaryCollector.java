package budget.audit.batch;

import budget.audit.rules.api.RuleSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the summary rows of a batch as filings finish (thread-safe) and builds the {@link BatchSummary}. */
public final class SummaryCollector {

    private final List<FilingRow> rows = new ArrayList<>();
    private final List<InputErrorRow> errors = new ArrayList<>();
    private int resumed;

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
                withErrors, withWarnings, bad.size(), e, w, i, r, ruleErrors);
        return new BatchSummary(tool, generatedOn, totals, verdicts, stats, filings, bad);
    }
}
