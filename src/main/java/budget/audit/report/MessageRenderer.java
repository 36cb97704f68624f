package budget.audit.report;

import budget.audit.rules.api.Check;
import freemarker.template.Template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a {@link Check} into its Chinese message with {@code templates/messages/<messageKey>.ftl}, or
 * {@code templates/messages/_default.ftl} when the rule has no template.
 *
 * <p>Data model: {@code subject}, {@code stated}, {@code computed}, {@code difference} (printed digits; absent
 * when the check has none), {@code unit} (Chinese symbol, e.g. 万元), {@code outcome} (the Outcome name, e.g.
 * ROUNDING: the rule templates switch on it, as {@link budget.audit.rules.MessageModel} documents),
 * {@code outcomeLabel} (Chinese label, e.g. 尾差),
 * {@code ruleId}, plus every entry of {@link Check#args()} (an arg never replaces one of those names).
 * Line breaks and the spaces around them are removed from the output, so templates may span lines.
 */
public final class MessageRenderer {

    public static final String FOLDER = "messages/";
    public static final String DEFAULT_TEMPLATE = FOLDER + "_default.ftl";

    private final TemplateEngine engine;

    public MessageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public String render(Check check) {
        Template template = check.messageKey() == null ? null : engine.find(FOLDER + check.messageKey() + ".ftl");
        if (template == null) {
            template = engine.find(DEFAULT_TEMPLATE);
        }
        if (template == null) {
            throw new TemplateEngine.TemplateFailure("缺少模板：" + DEFAULT_TEMPLATE, null);
        }
        return tidy(TemplateEngine.render(template, model(check)));
    }

    static Map<String, Object> model(Check check) {
        Map<String, Object> model = new HashMap<>();
        put(model, "ruleId", check.ruleId());
        put(model, "subject", check.subject());
        put(model, "stated", check.stated() == null ? null : check.stated().printed());
        put(model, "computed", plain(check.computed()));
        put(model, "difference", plain(check.difference()));
        String unit = check.unit() != null ? check.unit().symbol()
                : check.stated() != null ? check.stated().unit().symbol() : null;
        put(model, "unit", unit);
        put(model, "outcome", check.outcome().name());
        put(model, "outcomeLabel", check.outcome().label());
        check.args().forEach(model::putIfAbsent);
        return model;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void put(Map<String, Object> model, String key, Object value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    private static String tidy(String text) {
        return text.replaceAll("[ \\t]*\\R[ \\t]*", "").strip();
    }
}
