package budget.audit.bench;

import budget.audit.ingest.InputException;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.parse.ProseParser;

import java.util.List;

/**
 * Times the prose parser on one hostile line of about a megabyte (long runs of x, - and _, then 20,000
 * "办公费1万元、"): scanning is linear, so this stays far below the per-file time budget.
 */
final class HostileProse {

    private HostileProse() {
    }

    static String line() {
        return "x".repeat(220_000) + "-".repeat(220_000) + "_".repeat(220_000) + "办公费1万元、".repeat(20_000);
    }

    /** Milliseconds to parse the hostile line (after one warm-up run). */
    static long millis() {
        String line = line();
        SourceDocument doc = new SourceDocument("hostile.txt", "", "TEXT", "UTF-8", List.of(
                SourceLine.plain(1, "某某局2024年部门预算", "某某局2024年部门预算"), SourceLine.plain(2, line, line)));
        parse(doc);
        long t0 = System.nanoTime();
        parse(doc);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void parse(SourceDocument doc) {
        try {
            new ProseParser().parse(doc);
        } catch (InputException e) {
            // not a budget: the time to find out is what is measured
        }
    }
}
