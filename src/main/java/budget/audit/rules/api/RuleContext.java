package budget.audit.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a rule reports its checks to, and where it reads its parameters (tolerance mode etc.). */
public final class RuleContext {

    private final String ruleId;
    private final Map<String, String> params;
    private final List<Check> checks = new ArrayList<>();

    public RuleContext(String ruleId, Map<String, String> params) {
        this.ruleId = ruleId;
        this.params = Map.copyOf(params);
    }

    public String ruleId() {
        return ruleId;
    }

    public String param(String name, String defaultValue) {
        return params.getOrDefault(name, defaultValue);
    }

    public void report(Check check) {
        checks.add(check);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }
}
