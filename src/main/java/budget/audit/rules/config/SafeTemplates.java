package budget.audit.rules.config;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker locked down for text that comes from outside the program (a {@code --templates} folder, the messages
 * of a {@code --rules} file shared between offices): {@code ?new} may create no Java object (so
 * {@code freemarker.template.utility.Execute} cannot run a command) and {@code ?api} is off. Rules files using
 * either are refused when read, with a Chinese reason ({@link #forbidden(String)}).
 */
public final class SafeTemplates {

    private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(new|api)\\b");

    private SafeTemplates() {
    }

    /** Applies the lock-down to a configuration. */
    public static Configuration lockDown(Configuration cfg) {
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    /** "?new" or "?api" when the template text uses that built-in, else null. */
    public static String forbidden(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORBIDDEN.matcher(text);
        return m.find() ? "?" + m.group(1) : null;
    }
}
