package budget.audit.parse.prose;

import budget.audit.model.FactKeys;

import java.util.List;

/**
 * 功能分类 类 amounts. The first paragraph listing 类 ("支出包括：一般公共服务支出21198万元、…" or
 * "其中：一般公共服务支出1319.34万元，教育支出1.28万元…") gives the department's FUNCTION_CLASS facts; 类 stated in a
 * section about the 一般公共预算 ("五、关于一般公共预算支出情况表的说明") give GENERAL_FUNCTION_CLASS facts.
 */
public final class FunctionClassLocator implements Locator {

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        List<Mention> classes = ctx.figures()
                .filter(m -> m.isMoney() && FunctionClasses.isClass(m.label()) && !sink.claimed(m)).toList();
        Paragraph first = classes.stream().filter(m -> !isGeneralBudgetSection(m.paragraph().section()))
                .map(Mention::paragraph).findFirst().orElse(null);
        if (first != null && fiscalScope(first, classes)) {
            first = null; // the first listing is of 财政拨款 spending only: no department-level listing is known
        }
        java.util.Set<Paragraph> listing = listing(first, ctx.paragraphs());
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Mention m : classes) {
            String label = FunctionClasses.canonical(m.label());
            if (isGeneralBudgetSection(m.paragraph().section())) {
                sink.value(FactKeys.GENERAL_FUNCTION_CLASS, label, m);
            } else if (listing.contains(m.paragraph()) && (m.paragraph() == first || taken.add(label))) {
                taken.add(label);
                sink.value(FactKeys.FUNCTION_CLASS, label, m);
            }
        }
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\s*\\d{1,2}\\s*[.．、]");

    /**
     * The first listing paragraph; when it is item 1 of a numbered list (1.“一般公共服务支出”科目12789万元 / 2.“社会保障和
     * 就业支出”科目1756万元 …, one paragraph each), the numbered paragraphs that directly follow it as well.
     */
    private static java.util.Set<Paragraph> listing(Paragraph first, List<Paragraph> paragraphs) {
        java.util.Set<Paragraph> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (first == null) {
            return out;
        }
        out.add(first);
        if (!NUMBERED.matcher(first.text()).find()) {
            return out;
        }
        int i = paragraphs.indexOf(first) + 1;
        while (i < paragraphs.size() && NUMBERED.matcher(paragraphs.get(i).text()).find()) {
            out.add(paragraphs.get(i));
            i++;
        }
        return out;
    }

    /**
     * A listing whose own clause (or section) names 财政拨款 or 一般公共预算 before its first 类 ("财政拨款支出…，支出包括：一般公共服务支出…")
     * lists that scope's spending, not the department's.
     */
    private static boolean fiscalScope(Paragraph p, List<Mention> classes) {
        Mention firstClass = classes.stream().filter(m -> m.paragraph() == p).findFirst().orElseThrow();
        String before = p.text().substring(0, firstClass.start());
        int clause = Math.max(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')), before.lastIndexOf(';'));
        String lead = before.substring(clause + 1);
        return Headline.containsAny(lead, "财政拨款", "一般公共预算") || Headline.containsAny(p.section(), "财政拨款");
    }

    private static boolean isGeneralBudgetSection(String section) {
        return section.contains("一般公共预算") && !Headline.containsAny(section, "基本支出", "三公", "财政拨款");
    }
}
