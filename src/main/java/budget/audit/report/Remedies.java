package budget.audit.report;

import budget.audit.rules.api.RuleSpec;
import freemarker.template.Template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 整改建议 of each rule: what the department should correct or explain, from
 * {@code templates/remedies/<rule id>.ftl} (a rule without one, e.g. from a local rules file, gets
 * {@code remedies/_default.ftl}; a truncated figure, which is only a hint, gets {@code remedies/_TRUNCATION.ftl}).
 * Model: {@code ruleId}, {@code title}, {@code outcome}. Line breaks and the spaces around them are removed.
 */
public final class Remedies {

    public static final String FOLDER = "remedies/";
    public static final String DEFAULT_TEMPLATE = FOLDER + "_default.ftl";

    private final TemplateEngine engine;

    public Remedies(TemplateEngine engine) {
        this.engine = engine;
    }

    /** Whether the rule has a remedy of its own (not the default). */
    public boolean has(String ruleId) {
        return engine.exists(FOLDER + ruleId + ".ftl");
    }

    /** The remedy of a finding of rule {@code ruleId} with this outcome (FAIL, TRUNCATION …). */
    public String of(String ruleId, String title, String outcome) {
        Template template = null;
        if (outcome != null && !"FAIL".equals(outcome)) {
            template = engine.find(FOLDER + "_" + outcome + ".ftl");
        }
        if (template == null && ruleId != null) {
            template = engine.find(FOLDER + ruleId + ".ftl");
        }
        if (template == null) {
            template = engine.find(DEFAULT_TEMPLATE);
        }
        if (template == null) {
            return null;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ruleId", ruleId == null ? "" : ruleId);
        model.put("title", title == null ? "" : title);
        model.put("outcome", outcome == null ? "" : outcome);
        String text = TemplateEngine.render(template, model).replaceAll("[ \\t]*\\R[ \\t]*", "").strip();
        return text.isEmpty() ? null : text;
    }

    /** The remedy of every rule of a catalogue (for a failing check), by rule id in catalogue order. */
    public Map<String, String> forCatalogue(List<RuleSpec> specs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RuleSpec s : specs) {
            out.put(s.id(), of(s.id(), s.title(), "FAIL"));
        }
        return out;
    }
}
