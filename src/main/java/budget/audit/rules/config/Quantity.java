package budget.audit.rules.config;

import budget.audit.model.FactKeys;
import budget.audit.rules.identity.Term;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named quantity in a rules file: a {@link FactKeys} key, optionally with a label in brackets
 * ("income.source[事业收入]"). Without a label a family key stands for every item (their sum).
 */
public record Quantity(String key, String label) {

    private static final Pattern FORM = Pattern.compile("^([a-zA-Z.]+)(?:\\[(.+)])?$");

    /** Parses "key" or "key[label]"; null when malformed. */
    static Quantity parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        return m.matches() ? new Quantity(m.group(1), m.group(2)) : null;
    }

    /** Whether the key is one the parser produces (with an optional .change / .previous suffix). */
    boolean known() {
        String base = key.replaceAll("(\\.change|\\.previous)$", "");
        return !FactKeys.chineseName(base).equals(base);
    }

    /** The Chinese name: the label, or the key's name. */
    String name() {
        return label != null ? label : FactKeys.chineseName(key);
    }

    /** The term of an identity this quantity stands for: one fact (the first) per label, all labels or the one. */
    Term term() {
        return new Term.Family(key, label, true);
    }

    @Override
    public String toString() {
        return label == null ? key : key + "[" + label + "]";
    }
}
