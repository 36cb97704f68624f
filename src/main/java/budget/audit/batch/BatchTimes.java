package budget.audit.batch;

import budget.audit.engine.StageTimes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Stage times summed over the filings audited in this run (thread-safe). */
public final class BatchTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final LongAdder filings = new LongAdder();

    public void add(StageTimes times) {
        filings.increment();
        times.nanos().forEach((stage, n) -> nanos.computeIfAbsent(stage, s -> new LongAdder()).add(n));
    }

    public long filings() {
        return filings.sum();
    }

    /** Mean milliseconds per filing for each stage, in the order read, parse, rules, report, pdf, xlsx, json. */
    public Map<String, Double> meanMillis() {
        Map<String, Double> out = new LinkedHashMap<>();
        long n = Math.max(1, filings.sum());
        for (String stage : new String[]{"read", "parse", "rules", "report", "pdf", "xlsx", "json"}) {
            LongAdder a = nanos.get(stage);
            if (a != null) {
                out.put(stage, a.sum() / 1e6 / n);
            }
        }
        nanos.forEach((stage, a) -> out.putIfAbsent(stage, a.sum() / 1e6 / n));
        return out;
    }
}
