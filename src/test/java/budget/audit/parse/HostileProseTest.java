package budget.audit.parse;

import budget.audit.ingest.text.TextNormalizer;
import budget.audit.model.BudgetFiling;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long hostile prose lines parse in linear time: runs of placeholder characters and thousands of amounts in one
 * sentence once took minutes (the number pattern backtracked over each run, the scanner looked back over the
 * whole sentence for each amount). The guard is generous; real figures are in {@code bench}'s output.
 */
class HostileProseTest {

    private static final Duration GUARD = Duration.ofSeconds(60);

    private static SourceDocument doc(String... lines) {
        List<SourceLine> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, TextNormalizer.normalize(lines[i]), lines[i]));
        }
        return new SourceDocument("t.txt", "", "TEXT", "UTF-8", out);
    }

    /** About one megabyte (UTF-8) on one line: runs of x, - and _, then 20,000 "办公费1万元、". */
    static String hostileLine() {
        StringBuilder sb = new StringBuilder();
        sb.append("x".repeat(220_000)).append("-".repeat(220_000)).append("_".repeat(220_000));
        sb.append("办公费1万元、".repeat(20_000));
        return sb.toString();
    }

    @Test
    void aMegabyteHostileLineParses() {
        String line = hostileLine();
        assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 1_000_000);
        BudgetFiling f = assertTimeoutPreemptively(GUARD, () -> new ProseParser().parse(
                doc("某某局2024年部门预算", "机关运行经费预算30万元。", line)));
        assertEquals("某某局", f.department());
    }

    @Test
    void twentyThousandFiguresInOneSentenceUnderOneHeading() {
        String line = "收入预算：" + "合计1万元，比上年增加1万元，主要原因是".repeat(20_000) + "。";
        assertTimeoutPreemptively(GUARD, () -> new ProseParser().parse(
                doc("某某局2024年部门预算", "机关运行经费预算30万元。", line)));
    }

    @Test
    void placeholderRunsEachAsLongAsTheTextLimitAllows() {
        for (String run : List.of("x", "-", "_", "X", "—", "…")) {
            String line = "办公费" + run.repeat(500_000) + "元，差旅费" + run.repeat(300_000);
            assertTimeoutPreemptively(GUARD, () -> new ProseParser().parse(
                    doc("某某局2024年部门预算", "机关运行经费预算30万元。", line)), run);
        }
    }
}
