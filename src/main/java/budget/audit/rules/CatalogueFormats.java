package budget.audit.rules;

import budget.audit.rules.api.RuleSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the rule catalogue as a text table, Markdown (RULES.md) or JSON. */
public final class CatalogueFormats {

    private CatalogueFormats() {
    }

    public static String render(List<RuleSpec> specs, String format) {
        return render(specs, format, Map.of());
    }

    /** As {@link #render(List, String)}, with each rule's 整改建议 ({@code remedies} by rule id) in md and json. */
    public static String render(List<RuleSpec> specs, String format, Map<String, String> remedies) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> text(specs);
            case "md", "markdown" -> markdown(specs, remedies);
            case "json" -> json(specs, remedies);
            default -> throw new IllegalArgumentException("未知的格式：" + format + "（可用：text、md、json）");
        };
    }

    /** How a local reviewer adjusts and adds rules without Java (audit --rules FILE). */
    static final String LOCAL_RULES = """

            ## 本地规则文件（audit --rules FILE）

            不改代码即可停用规则、调整级别与容差，或新增“合计 = 分项之和”（sum）与“a ≤ b”（le）规则。
            数据项为事实键名（见 JSON 报告 facts[].key），可带名称：`income.source[事业收入]`；不带名称的分项族表示全部各项之和。
            消息为 FreeMarker 文本，可用 subject、stated、computed、difference、unit、outcome（PASS/FAIL…）、outcomeLabel、
            other（le 规则的右侧金额）、parts、missing、reason。未知的键、规则编号或数据项均报错并指明行号，退出码 2。

            ```yaml
            params:                 # 所有规则的参数
              rounding: ROUND_HALF  # 或 TRUNCATION
            rules:                  # 调整内置规则
              - id: PH001
                enabled: false
              - id: CL001
                severity: ERROR
                params: {rounding: TRUNCATION}
            custom:                 # 新增规则
              - id: LOC001
                title: 公务接待费不超过因公出国（境）费
                category: 合理性      # 表内/表间/表文/文内/完整性/合理性
                severity: WARNING
                basis: 本地审查口径
                check: le
                left: sangong.reception
                right: sangong.abroad
                message: "${subject}：公务接待费${stated}${unit}<#if outcome == 'FAIL'>超过${other}<#else>未超过</#if>因公出国（境）费。"
              - id: LOC002
                title: 收入合计等于一般公共预算拨款与事业收入之和
                category: 文内
                severity: ERROR
                check: sum
                total: income.total
                parts: ["income.source[一般公共预算拨款收入]", "income.source[事业收入]"]
            ```
            """;

    static String text(List<RuleSpec> specs) {
        StringBuilder sb = new StringBuilder();
        sb.append(pad("编号", 7)).append(pad("级别", 6)).append(pad("类别", 8)).append("名称\n");
        for (RuleSpec s : specs) {
            sb.append(pad(s.id(), 7)).append(pad(s.severity().label(), 6)).append(pad(s.category(), 8))
                    .append(s.title()).append('\n');
            sb.append("       ").append(s.description()).append('\n');
        }
        return sb.toString();
    }

    static String markdown(List<RuleSpec> specs) {
        return markdown(specs, Map.of());
    }

    static String markdown(List<RuleSpec> specs, Map<String, String> remedies) {
        StringBuilder sb = new StringBuilder("# 规则目录 / Rule catalogue\n\n");
        sb.append("由 `budget-audit rules --format md` 生成，请勿手工编辑。\n\n");
        sb.append("| 编号 | 名称 | 类别 | 默认级别 |\n|---|---|---|---|\n");
        for (RuleSpec s : specs) {
            sb.append("| ").append(s.id()).append(" | ").append(cell(s.title())).append(" | ").append(s.category())
                    .append(" | ").append(s.severity().label()).append(" |\n");
        }
        for (RuleSpec s : specs) {
            sb.append("\n## ").append(s.id()).append(' ').append(s.title()).append("\n\n");
            sb.append("- 类别：").append(s.category()).append("\n- 默认级别：").append(s.severity().label())
                    .append("（").append(s.severity().name()).append("）\n");
            sb.append("- 说明：").append(s.description()).append('\n');
            if (s.basis() != null && !s.basis().isBlank()) {
                sb.append("- 依据：").append(s.basis()).append('\n');
            }
            String remedy = remedies.get(s.id());
            if (remedy != null && !remedy.isBlank()) {
                sb.append("- 整改建议：").append(remedy).append('\n');
            }
            if (s.example() != null && !s.example().isBlank()) {
                sb.append("- 示例：").append(s.example()).append('\n');
            }
        }
        sb.append(LOCAL_RULES);
        return sb.toString();
    }

    static String json(List<RuleSpec> specs) {
        return json(specs, Map.of());
    }

    static String json(List<RuleSpec> specs, Map<String, String> remedies) {
        List<Map<String, Object>> rows = specs.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("category", s.category());
            m.put("severity", s.severity().name());
            m.put("description", s.description());
            m.put("basis", s.basis());
            m.put("example", s.example());
            if (remedies.containsKey(s.id())) {
                m.put("remedy", remedies.get(s.id()));
            }
            return m;
        }).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /** Pads to a display width where a CJK character counts 2. */
    private static String pad(String s, int width) {
        int w = s.codePoints().map(cp -> cp > 0x2e80 ? 2 : 1).sum();
        return s + " ".repeat(Math.max(1, width - w));
    }
}
