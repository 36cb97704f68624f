package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 支出合计 and its split: 基本支出, 项目支出, the other kinds (事业单位经营支出 ...), 人员经费 and 公用经费; and the
 * 一般公共预算 scope (一般公共预算支出, 一般公共预算基本支出) kept apart from the whole-department scope.
 */
public final class ExpenditureLocator implements Locator {

    /** The whole core of the label ({@link Phrase#core}): "支出预算", "收入、支出预算总计", "部门预算支出" … */
    private static final Pattern TOTAL = Pattern.compile(
            "^(收入[、和及与]|收[、])?(部门|单位)?(支出预算|预算支出|支出(预算)?合计|支出(预算)?总计|支出总预算|支出(预算)?总额)(总额|数)?$");
    private static final Set<String> OTHER_KINDS = Set.of("事业单位经营支出", "上缴上级支出", "对附属单位补助支出",
            "单位预留机动经费", "预留机动经费");
    private static final Set<String> PERSONNEL = Set.of("人员经费", "人员支出", "人员经费支出");
    private static final Set<String> PUBLIC = Set.of("公用经费", "公用支出", "日常公用经费", "公用经费支出");
    /** In a fixed order (a Map.of iterates differently from one JVM to the next: facts would change order). */
    private static final Map<String, Set<String>> SUBJECTS = subjects();

    private static Map<String, Set<String>> subjects() {
        Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
        m.put(FactKeys.EXPENDITURE_TOTAL, Set.of("支出", "部门支出", "支出总额", "本年支出"));
        m.put(FactKeys.EXPENDITURE_BASIC, Set.of("基本支出"));
        m.put(FactKeys.EXPENDITURE_PROJECT, Set.of("项目支出"));
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        ctx.figures().filter(m -> m.isMoney() && isTotal(m) && !sink.claimed(m))
                .forEach(m -> sink.value(FactKeys.EXPENDITURE_TOTAL, null, m));
        List<Mention> figures = ctx.figures().filter(m -> m.isMoney() && !sink.claimed(m)).toList();
        for (Mention m : figures) {
            String key = splitKey(m.label());
            if (key == null || sink.claimed(m)) {
                continue;
            }
            if ((key.equals(FactKeys.PERSONNEL) || key.equals(FactKeys.PUBLIC_EXPENSES))
                    && ofFiscalBasic(figures, m)) {
                continue; // "财政拨款基本支出预算…，其中：人员经费…": the 财政拨款 scope's split, not the department's
            }
            if ((key.equals(FactKeys.PERSONNEL) || key.equals(FactKeys.PUBLIC_EXPENSES))
                    && thirdPartBeside(figures, m)) {
                continue; // "…人员经费…；对个人和家庭的补助…；公用经费…": the two are not the whole split, so not read
            }
            boolean family = key.equals(FactKeys.EXPENDITURE_OTHER_KIND);
            String label = family ? m.label() : null;
            if (family ? !sink.has(key, m.label()) : !sink.has(key)) {
                sink.value(key, label, m);
            }
        }
        ctx.figures().filter(m -> m.isMoney() && isGeneral(m.label()) && !sink.claimed(m))
                .forEach(m -> sink.value(FactKeys.GENERAL_EXPENDITURE, null, m));
        SUBJECTS.forEach((key, subjects) -> ctx.subjectChanges()
                .filter(c -> subjects.contains(c.subject()) && !sink.claimed(c))
                .forEach(c -> sink.change(key, null, c)));
    }

    static boolean isTotal(Mention m) {
        String topic = Phrase.core(Headline.topic(m));
        return TOTAL.matcher(topic).find() && !FunctionClasses.isClass(m.label())
                && !Headline.containsAny(topic, "财政拨款", "一般公共预算", "政府性基金", "国有资本", "基本", "项目",
                "经营", "三公", "采购", "拨款", "上缴", "补助", "本年支出");
    }

    /** The 基本支出 figure this 人员经费/公用经费 splits (the last one before it in its section) is a 财政拨款 one. */
    private static boolean ofFiscalBasic(List<Mention> figures, Mention part) {
        Mention basic = null;
        for (Mention m : figures) {
            if (m == part) {
                break;
            }
            if (m.label().endsWith("基本支出") && m.paragraph().section().equals(part.paragraph().section())) {
                basic = m;
            }
        }
        return basic != null && basic.label().contains("财政拨款");
    }

    /**
     * Whether the paragraph of a 人员经费/公用经费 figure also lists 对个人和家庭的补助 as a figure of its own (not
     * bracketed as a detail of 人员经费): then the split has a third part and 人员经费 + 公用经费 is not the 基本支出.
     */
    private static boolean thirdPartBeside(List<Mention> figures, Mention part) {
        return figures.stream().anyMatch(m -> m != part && m.paragraph() == part.paragraph()
                && THIRD_PART.matcher(m.label()).find() && !inParentheses(m));
    }

    /** "人员支出…（工资福利支出…、对个人和家庭的补助支出…）": a figure inside brackets details the one before them. */
    private static boolean inParentheses(Mention m) {
        String text = m.paragraph().text();
        int depth = 0;
        for (int k = 0; k < m.start() && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static final Pattern THIRD_PART = Pattern.compile("对个人和家庭");

    private static String splitKey(String label) {
        if (label.endsWith("基本支出")) {
            return scoped(label, "基本支出", FactKeys.EXPENDITURE_BASIC, FactKeys.GENERAL_BASIC);
        }
        if (label.endsWith("项目支出")) {
            return scoped(label, "项目支出", FactKeys.EXPENDITURE_PROJECT, null);
        }
        if (OTHER_KINDS.contains(label)) {
            return FactKeys.EXPENDITURE_OTHER_KIND;
        }
        if (PERSONNEL.contains(label)) {
            return FactKeys.PERSONNEL;
        }
        if (PUBLIC.contains(label)) {
            return FactKeys.PUBLIC_EXPENSES;
        }
        return null;
    }

    /** "基本支出" → whole department; "…一般公共预算基本支出" → 一般公共预算 scope; anything else is not read. */
    private static String scoped(String label, String name, String key, String generalKey) {
        if (label.equals(name)) {
            return key;
        }
        return label.contains("一般公共预算") && !label.contains("财政拨款") ? generalKey : null;
    }

    /** The whole 一般公共预算 spending ("一般公共预算支出", "本部门当年一般公共预算拨款支出"), not an item of it. */
    private static final Pattern GENERAL = Pattern.compile("^一般公共预算(当年)?(拨款)?(支出|预算支出|支出预算)(合计|总计|总额)?$");

    private static boolean isGeneral(String label) {
        return GENERAL.matcher(Phrase.core(label)).matches();
    }
}
