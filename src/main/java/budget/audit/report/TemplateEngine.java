package budget.audit.report;

import budget.audit.rules.config.SafeTemplates;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FreeMarker configuration every report wording comes from: templates are looked up first in an override
 * folder (CLI {@code --templates DIR}), then on the classpath under {@code templates/}. One engine per folder is
 * cached for the JVM (FreeMarker configurations are thread-safe once set up).
 */
public final class TemplateEngine {

    private static final Map<Optional<Path>, TemplateEngine> CACHE = new ConcurrentHashMap<>();

    private final Configuration configuration;

    private TemplateEngine(Path overrideDir) {
        this.configuration = createConfiguration(overrideDir);
    }

    /** The engine for the classpath templates only. */
    public static TemplateEngine classpath() {
        return of(null);
    }

    /** The (cached) engine for this override folder; {@code overrideDir} may be null. */
    public static TemplateEngine of(Path overrideDir) {
        Optional<Path> key = Optional.ofNullable(overrideDir).map(p -> p.toAbsolutePath().normalize());
        return CACHE.computeIfAbsent(key, k -> new TemplateEngine(k.orElse(null)));
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Whether a template of this name (relative to the templates folder) exists. */
    public boolean exists(String name) {
        return find(name) != null;
    }

    /** The template, or null when it exists nowhere. */
    public Template find(String name) {
        try {
            return configuration.getTemplate(name, null, null, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("模板无法读取：" + name, e);
        }
    }

    /** Renders a template into a string. */
    public String render(String name, Object model) {
        Template template = find(name);
        if (template == null) {
            throw new TemplateFailure("缺少模板：" + name, null);
        }
        return render(template, model);
    }

    /** Renders a template into a string. */
    public static String render(Template template, Object model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new TemplateFailure("模板 " + template.getName() + " 出错：" + firstLine(e.getMessage()), e);
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Configuration createConfiguration(Path overrideDir) {
        // templates may come from a --templates folder: ?new creates no Java object, ?api is off
        Configuration cfg = SafeTemplates.lockDown(new Configuration(Configuration.VERSION_2_3_34));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocalizedLookup(false);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDir != null) {
            if (!Files.isDirectory(overrideDir)) {
                throw new TemplateFailure("模板目录不存在：" + overrideDir, null);
            }
            try {
                loaders.add(new FileTemplateLoader(overrideDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        return cfg;
    }

    /** A template is missing or failed; the message is Chinese and fit for a user. */
    public static final class TemplateFailure extends RuntimeException {
        public TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
