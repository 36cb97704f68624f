package budget.audit.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nanoseconds spent per pipeline stage (read, parse, rules, report, pdf, xlsx, json) for one filing. */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    public Map<String, Long> nanos() {
        return Collections.unmodifiableMap(nanos);
    }
}
