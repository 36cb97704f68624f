package budget.audit.bench;

import budget.audit.batch.BatchSummary;
import budget.audit.batch.FilingRow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings against the injected defects: a true positive is an injected rule that FAILed, a false positive a FAIL
 * that was not injected, a false negative an injected rule that did not FAIL. Only the rules the generator can
 * inject are scored. Injected 尾差 count separately: each one flagged is a false positive too.
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives, int roundingsInjected,
                     int roundingsFlagged, int missingFilings, Map<String, int[]> perRule) {

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public static Scores of(GroundTruth truth, BatchSummary summary) {
        Set<String> scored = new HashSet<>();
        for (Defect d : Defect.values()) {
            scored.add(d.ruleId());
        }
        Map<String, FilingRow> rows = new HashMap<>();
        for (FilingRow r : summary.filings()) {
            rows.put(r.file(), r);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int ri = 0;
        int rf = 0;
        int missing = 0;
        Map<String, int[]> perRule = new TreeMap<>();
        for (GroundTruth.Entry e : truth.filings()) {
            FilingRow row = rows.get(e.file());
            if (row == null) {
                missing++;
                fn += e.expectedFail().size();
                continue;
            }
            Set<String> actual = new HashSet<>(row.failedRules());
            actual.retainAll(scored);
            for (String id : e.expectedFail()) {
                int[] c = perRule.computeIfAbsent(id, k -> new int[3]);
                if (actual.contains(id)) {
                    tp++;
                    c[0]++;
                } else {
                    fn++;
                    c[2]++;
                }
            }
            for (String id : actual) {
                if (!e.expectedFail().contains(id)) {
                    fp++;
                    perRule.computeIfAbsent(id, k -> new int[3])[1]++;
                }
            }
            for (String id : e.roundings()) {
                ri++;
                if (actual.contains(id)) {
                    rf++;
                }
            }
        }
        return new Scores(tp, fp, fn, ri, rf, missing, perRule);
    }

    /** The rules scored: those the generator can inject; a FAIL of any other rule is not counted. */
    public static List<String> scoredRules() {
        return java.util.Arrays.stream(Defect.values()).map(Defect::ruleId).distinct().sorted().toList();
    }

    /** One line saying what recall / precision cover. */
    public static String scope() {
        List<String> ids = scoredRules();
        return "评分范围：只计生成器能注入缺陷的 " + ids.size() + " 条规则（" + String.join("、", ids)
                + "）；其他规则的结论（含其误报）不计入召回率与精确率";
    }

    /** Per rule: "SG001 tp/fp/fn". */
    public List<String> perRuleLines() {
        return perRule.entrySet().stream()
                .map(e -> e.getKey() + " 命中 " + e.getValue()[0] + "，误报 " + e.getValue()[1] + "，漏报 " + e.getValue()[2])
                .toList();
    }
}
