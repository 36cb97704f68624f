package budget.audit.batch;

import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.api.RuleSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 11 items 8 and 6: the batch summary says what happened to each rule (截断 and 数据不足 are not 不适用), its
 * chart shows only the rules that fired, with their names, and the final rate is measured like the progress line.
 */
class SummaryCountsTest {

    private static final List<RuleSpec> SPECS = RuleCatalogue.builtIn().specs();

    private static BatchSummary summary() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put(SPECS.get(0).id(), "TRUNCATION");
        outcomes.put(SPECS.get(1).id(), "INSUFFICIENT_DATA");
        outcomes.put(SPECS.get(2).id(), "NOT_APPLICABLE");
        outcomes.put(SPECS.get(3).id(), "FAIL");
        FindingRow finding = new FindingRow(SPECS.get(3).id(), SPECS.get(3).title(), "ERROR", "FAIL", "s", "m",
                null, null, null, null, null, null);
        SummaryCollector c = new SummaryCollector();
        c.audited(new FilingRow("a.txt", null, null, null, null, "发现1个错误", 1, 0, 0, 0, outcomes,
                List.of(SPECS.get(3).id()), List.of(), List.of(finding)), false);
        return c.build(new BatchSummary.Tool("budget-audit", "test"), "2026-01-15", SPECS);
    }

    @Test
    void truncationAndInsufficientDataAreNotCountedAsNotApplicable() {
        List<RuleStat> rules = summary().rules();
        assertEquals(1, rules.get(0).truncations());
        assertEquals(0, rules.get(0).notApplicable());
        assertEquals(1, rules.get(1).insufficient());
        assertEquals(0, rules.get(1).notApplicable());
        assertEquals(1, rules.get(2).notApplicable());
        assertEquals(1, rules.get(3).failed());
    }

    @Test
    void chartShowsOnlyRulesThatFiredWithTheirNames() {
        List<SummaryPdf.Bar> bars = SummaryPdf.ruleBars(summary());
        assertEquals(1, bars.size());
        assertEquals(SPECS.get(3).id(), bars.getFirst().label());
        assertEquals(SPECS.get(3).title(), bars.getFirst().title());
    }

    @Test
    void finalRateIsMeasuredOverTheSameIntervalAsTheProgressLine() {
        // 10 filings handled in 2 s of processing; planning and the summary made the whole run 20 s
        BatchSummary s = summary();
        BatchSummary ten = new BatchSummary(s.tool(), s.generatedOn(), new BatchSummary.Totals(10, 10, 0, 0, 0, 0,
                0, 0, 0, 0), s.verdicts(), s.rules(), s.filings(), s.inputErrors());
        BatchOutcome outcome = new BatchOutcome(ten, new BatchTimes(), Duration.ofSeconds(20), 10,
                Duration.ofSeconds(2));
        assertEquals(5.0, outcome.rate(), 1e-9);
    }
}
