package budget.audit.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's precision covers only the injectable rules, and its output says so (issue 11, item 10). */
class BenchScopeTest {

    @Test
    void scoresTextStatesWhichRulesAreScored() {
        Scores scores = new Scores(5, 0, 0, 3, 0, 0, Map.of());
        String text = Benchmark.Result.scoresText(scores);
        assertTrue(text.contains("评分范围：只计生成器能注入缺陷的 " + Defect.values().length + " 条规则"), text);
        for (Defect d : Defect.values()) {
            assertTrue(text.contains(d.ruleId()), d.ruleId() + " missing from: " + text);
        }
        assertTrue(text.contains("其他规则的结论（含其误报）不计入召回率与精确率"), text);
        assertEquals(Defect.values().length, Scores.scoredRules().size());
    }

    @Test
    void readmeStatesThePrecisionScope() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int at = readme.indexOf("| 召回率 / 精确率 |");
        assertTrue(at >= 0);
        String row = readme.substring(at, readme.indexOf('\n', at));
        assertTrue(row.contains("只计生成器能注入缺陷的 " + Defect.values().length + " 条规则"), row);
    }
}
