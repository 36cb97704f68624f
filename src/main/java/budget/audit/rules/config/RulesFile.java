package budget.audit.rules.config;

import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.api.Severity;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.Mode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local rules file ({@code audit --rules FILE}): disables rules, changes severities and parameters (tolerance
 * {@code rounding: ROUND_HALF | TRUNCATION}), and declares rules without Java. Format:
 *
 * <pre>
 * params:                 # for every rule
 *   rounding: ROUND_HALF
 * rules:                  # adjustments of existing rules
 *   - id: PH001
 *     enabled: false
 *   - id: CL001
 *     severity: ERROR
 *     params: {rounding: TRUNCATION}
 * custom:                 # declared rules
 *   - id: LOC001
 *     title: 公务接待费不超过因公出国（境）费
 *     category: 合理性
 *     severity: WARNING
 *     check: le            # le: left ≤ right;  sum: total = Σ parts
 *     left: sangong.reception
 *     right: sangong.abroad
 *     message: "${subject}：公务接待费${stated}${unit}<#if outcome == 'FAIL'>超过<#else>未超过</#if>${other!''}。"
 * </pre>
 *
 * Every problem (YAML syntax, an unknown key, an unknown rule id or quantity, a bad template) is an
 * {@link IllegalArgumentException} whose message names the file, the line and the problem, in Chinese.
 */
public final class RulesFile {

    private final Map<String, String> params;
    private final List<Adjustment> adjustments;
    private final List<Declared> declared;

    private RulesFile(Map<String, String> params, List<Adjustment> adjustments, List<Declared> declared) {
        this.params = params;
        this.adjustments = adjustments;
        this.declared = declared;
    }

    /** Adjustment of a built-in rule. */
    record Adjustment(String id, Boolean enabled, String severity, Map<String, String> params) {
    }

    /** A declared rule as written. */
    record Declared(String id, String title, String category, String severity, String description, String basis,
                    String example, String check, String left, Object right, String total, List<String> parts,
                    String message) {
    }

    private record Located<T>(T value, int line) {
    }

    public static RulesFile load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取规则文件 " + file + "：" + e.getMessage());
        }
        return parse(text, file.getFileName().toString());
    }

    /** Parses a rules file's text; {@code name} is used in error messages. */
    public static RulesFile parse(String yaml, String name) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, String> params = new LinkedHashMap<>();
        List<Located<Adjustment>> adjustments = new ArrayList<>();
        List<Located<Declared>> declared = new ArrayList<>();
        try (Reader reader = new StringReader(yaml); JsonParser p = mapper.getFactory().createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new RulesFile(Map.of(), List.of(), List.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw fail(name, p.currentLocation(), "顶层应为键值（params、rules、custom）");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation at = p.currentLocation();
                p.nextToken();
                switch (field) {
                    case "params" -> params.putAll(mapper.readValue(p, new TypeReference<Map<String, String>>() {
                    }));
                    case "rules" -> readList(p, mapper, Adjustment.class, adjustments, name);
                    case "custom" -> readList(p, mapper, Declared.class, declared, name);
                    default -> throw fail(name, at, "未知的键“" + field + "”（可用：params、rules、custom）");
                }
            }
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            int line = lineOfKey(yaml, e.getPropertyName());
            throw line > 0 ? fail(name, line, describe(e)) : fail(name, e.getLocation(), describe(e));
        } catch (JsonProcessingException e) {
            throw fail(name, e.getLocation(), describe(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取规则文件 " + name + "：" + e.getMessage());
        }
        return validate(name, params, adjustments, declared);
    }

    private static <T> void readList(JsonParser p, ObjectMapper mapper, Class<T> type, List<Located<T>> out,
                                     String name) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(name, p.currentLocation(), "此处应为列表（每项以“- ”开头）");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = p.currentLocation().getLineNr();
            out.add(new Located<>(mapper.readValue(p, type), line));
        }
    }

    /** The first line where {@code key} is written as a mapping key (the parser's location is past the value). */
    private static int lineOfKey(String yaml, String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                "^\\s*(?:-\\s+)?[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "未知的键“" + u.getPropertyName() + "”";
        }
        String m = e.getOriginalMessage();
        return "格式错误：" + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m));
    }

    private static IllegalArgumentException fail(String name, JsonLocation at, String problem) {
        int line = at == null ? -1 : at.getLineNr();
        return new IllegalArgumentException("规则文件 " + name + (line > 0 ? " 第" + line + "行" : "") + "：" + problem);
    }

    private static IllegalArgumentException fail(String name, int line, String problem) {
        return new IllegalArgumentException("规则文件 " + name + " 第" + line + "行：" + problem);
    }

    private static RulesFile validate(String name, Map<String, String> params, List<Located<Adjustment>> adjustments,
                                      List<Located<Declared>> declared) {
        RuleCatalogue builtIn = RuleCatalogue.builtIn();
        checkParams(name, 1, params);
        List<Adjustment> adj = new ArrayList<>();
        for (Located<Adjustment> a : adjustments) {
            Adjustment v = a.value();
            if (v.id() == null || builtIn.find(v.id()).isEmpty()) {
                throw fail(name, a.line(), "未知的规则编号“" + v.id() + "”（见 budget-audit rules）");
            }
            severity(name, a.line(), v.severity());
            checkParams(name, a.line(), v.params() == null ? Map.of() : v.params());
            adj.add(v);
        }
        List<Declared> dec = new ArrayList<>();
        for (Located<Declared> d : declared) {
            Declared v = d.value();
            int line = d.line();
            for (Map.Entry<String, String> req : Map.of("id", str(v.id()), "title", str(v.title()),
                    "category", str(v.category()), "severity", str(v.severity()), "check", str(v.check())).entrySet()) {
                if (req.getValue().isBlank()) {
                    throw fail(name, line, "自定义规则缺少“" + req.getKey() + "”");
                }
            }
            if (builtIn.find(v.id()).isPresent() || dec.stream().anyMatch(o -> o.id().equals(v.id()))) {
                throw fail(name, line, "规则编号“" + v.id() + "”已被使用");
            }
            if (!RuleCatalogue.CATEGORIES.contains(v.category())) {
                throw fail(name, line, "未知的类别“" + v.category() + "”（可用：" + String.join("、",
                        new java.util.TreeSet<>(RuleCatalogue.CATEGORIES)) + "）");
            }
            severity(name, line, v.severity());
            dec.add(v);
            build(name, line, v);
        }
        return new RulesFile(Map.copyOf(params), List.copyOf(adj), List.copyOf(dec));
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static Severity severity(String name, int line, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(name, line, "未知的级别“" + text + "”（可用：ERROR、WARNING、INFO）");
        }
    }

    private static void checkParams(String name, int line, Map<String, String> params) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!e.getKey().equals(Consistency.MODE_PARAM)) {
                throw fail(name, line, "未知的参数“" + e.getKey() + "”（可用：" + Consistency.MODE_PARAM + "）");
            }
            try {
                Mode.valueOf(e.getValue());
            } catch (IllegalArgumentException | NullPointerException x) {
                throw fail(name, line, "参数 rounding 只能是 ROUND_HALF 或 TRUNCATION，而不是“" + e.getValue() + "”");
            }
        }
    }

    private static Quantity quantity(String name, int line, String text) {
        Quantity q = Quantity.parse(text);
        if (q == null || !q.known()) {
            throw fail(name, line, "未知的数据项“" + text + "”（应为 FactKeys 键名，可带 [名称]，如 income.source[事业收入]）");
        }
        return q;
    }

    private static DeclarativeRule build(String name, int line, Declared v) {
        DeclarativeRule.Kind kind;
        Quantity left;
        List<Quantity> right = new ArrayList<>();
        switch (v.check().strip().toLowerCase(Locale.ROOT)) {
            case "sum" -> {
                kind = DeclarativeRule.Kind.SUM;
                left = quantity(name, line, v.total());
                if (v.parts() == null || v.parts().isEmpty()) {
                    throw fail(name, line, "sum 规则需要 parts（分项列表）");
                }
                v.parts().forEach(t -> right.add(quantity(name, line, t)));
            }
            case "le" -> {
                kind = DeclarativeRule.Kind.LE;
                left = quantity(name, line, v.left());
                if (!(v.right() instanceof String r)) {
                    throw fail(name, line, "le 规则需要 right（一个数据项）");
                }
                right.add(quantity(name, line, r));
            }
            default -> throw fail(name, line, "未知的 check“" + v.check() + "”（可用：sum、le）");
        }
        return new DeclarativeRule(v.id(), kind, left, right, template(name, line, v));
    }

    private static Template template(String name, int line, Declared v) {
        String text = v.message() != null ? v.message()
                : "<#switch outcome><#case 'PASS'>${subject}：核对一致。<#break><#case 'ROUNDING'>${subject}：属四舍五入尾差。<#break>"
                + "<#case 'NOT_APPLICABLE'>${subject}：文件未载明${missing!'所需数据'}，本项不适用。<#break>"
                + "<#case 'INSUFFICIENT_DATA'>${subject}：${reason!'数据不足'}，无法核对。<#break>"
                + "<#default>${subject}：" + v.title() + "不成立（${stated}${unit}，对比数${computed}${unit}，差额${difference}${unit}）。</#switch>";
        String forbidden = SafeTemplates.forbidden(v.message());
        if (forbidden != null) {
            throw fail(name, line, "规则 " + v.id() + " 的消息模板使用了 " + forbidden
                    + "，出于安全原因不允许（它可创建 Java 对象、执行系统命令）；请删去后再用");
        }
        Configuration cfg = SafeTemplates.lockDown(new Configuration(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setNumberFormat("computer");
        try {
            return new Template(v.id(), new StringReader(text), cfg);
        } catch (IOException e) {
            throw fail(name, line, "消息模板有语法错误：" + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The built-in catalogue with this file's adjustments and declared rules (declared rules last). */
    public RuleCatalogue apply(RuleCatalogue base) {
        Map<String, Adjustment> byId = new HashMap<>();
        adjustments.forEach(a -> byId.put(a.id(), a));
        List<RuleSpec> specs = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (RuleSpec s : base.specs()) {
            Adjustment a = byId.get(s.id());
            if (a != null && Boolean.FALSE.equals(a.enabled())) {
                continue;
            }
            Severity sev = a == null || a.severity() == null ? s.severity()
                    : Severity.valueOf(a.severity().strip().toUpperCase(Locale.ROOT));
            specs.add(new RuleSpec(s.id(), s.title(), s.category(), sev, s.description(), s.basis(), s.example()));
            rules.add(base.rule(s.id()));
        }
        for (Declared d : declared) {
            specs.add(new RuleSpec(d.id(), d.title(), d.category(),
                    Severity.valueOf(d.severity().strip().toUpperCase(Locale.ROOT)),
                    d.description() == null ? d.title() : d.description(),
                    d.basis() == null ? "本地规则文件定义" : d.basis(),
                    d.example() == null ? "（未提供示例）" : d.example()));
            rules.add(build("", 0, d));
        }
        return RuleCatalogue.of(specs, rules);
    }

    /** Parameters for every rule. */
    public Map<String, String> params() {
        return params;
    }

    /** Parameters per rule id. */
    public Map<String, Map<String, String>> ruleParams() {
        Map<String, Map<String, String>> out = new HashMap<>();
        adjustments.stream().filter(a -> a.params() != null).forEach(a -> out.put(a.id(), Map.copyOf(a.params())));
        return out;
    }
}
