package budget.audit.report;

import budget.audit.rules.MessageModel;
import budget.audit.rules.api.Check;
import freemarker.template.Template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a {@link Check} into its Chinese message with {@code templates/messages/<messageKey>.ftl}, or
 * {@code templates/messages/_default.ftl} when the rule has no template.
 *
 * <p>Data model: {@link MessageModel} — {@code subject}, {@code stated}, {@code computed}, {@code difference}
 * (printed digits; "" when the check has none), {@code unit} (Chinese symbol, e.g. 万元), {@code outcome} (the
 * Outcome name, e.g. ROUNDING, which the rule templates switch on), {@code outcomeLabel} (e.g. 尾差), every entry
 * of {@link Check#args()} (an arg never replaces one of those names) — plus {@code ruleId}.
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

    /** {@link MessageModel} (every name present, "" when absent) plus {@code ruleId}; the unit falls back to the
     * stated figure's. */
    static Map<String, Object> model(Check check) {
        Map<String, Object> model = new HashMap<>(MessageModel.of(check));
        model.put("ruleId", check.ruleId() == null ? "" : check.ruleId());
        if (check.unit() == null && check.stated() != null) {
            model.put("unit", check.stated().unit().symbol());
        }
        return model;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String tidy(String text) {
        return text.replaceAll("[ \\t]*\\R[ \\t]*", "").strip();
    }
}
