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
        int lastListItem = first == null ? -1 : first.index();
        for (Mention m : classes) {
            if (isGeneralBudgetSection(m.paragraph().section())) {
                sink.value(FactKeys.GENERAL_FUNCTION_CLASS, m.label(), m);
            } else if (m.paragraph() == first) {
                sink.value(FactKeys.FUNCTION_CLASS, m.label(), m);
            } else if (first != null && isListItem(first) && m.paragraph().index() == lastListItem + 1
                    && isListItem(m.paragraph())) {
                // a numbered list, one 类 per paragraph: "1.“一般公共服务支出”科目12789万元" "2.“社会保障…”科目…"
                sink.value(FactKeys.FUNCTION_CLASS, m.label(), m);
                lastListItem = m.paragraph().index();
            }
        }
    }

    private static boolean isListItem(Paragraph p) {
        return LIST_ITEM.matcher(p.text()).lookingAt();
    }

    private static final java.util.regex.Pattern LIST_ITEM =
            java.util.regex.Pattern.compile("\\s*[0-9]{1,2}\\s*[.．、]");

    private static boolean isGeneralBudgetSection(String section) {
        return section.contains("一般公共预算") && !Headline.containsAny(section, "基本支出", "三公", "财政拨款");
    }
}
