package budget.audit.rules;

import budget.audit.rules.api.Check;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data model a message template {@code templates/messages/<messageKey>.ftl} is rendered with:
 * {@code subject}, {@code stated}, {@code computed}, {@code difference}, {@code unit} (strings holding the printed
 * digits; "" when absent), {@code outcome} (the {@link budget.audit.rules.api.Outcome} name, e.g. "FAIL"),
 * {@code outcomeLabel} (e.g. "不通过"), plus every entry of {@link Check#args()} (the fixed names above win).
 */
public final class MessageModel {

    private MessageModel() {
    }

    public static Map<String, Object> of(Check check) {
        Map<String, Object> model = new LinkedHashMap<>(check.args());
        model.put("subject", check.subject() == null ? "" : check.subject());
        model.put("stated", check.stated() == null ? "" : check.stated().printed());
        model.put("computed", plain(check.computed()));
        model.put("difference", plain(check.difference()));
        model.put("unit", check.unit() == null ? "" : check.unit().symbol());
        model.put("outcome", check.outcome().name());
        model.put("outcomeLabel", check.outcome().label());
        return model;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
