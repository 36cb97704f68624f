package budget.audit.parse.prose;

import budget.audit.ingest.text.TextNormalizer;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.parse.ProseParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Synthetic numbered 功能分类 item paragraphs (own wording). */
class ItemLocatorTest {

    private static BudgetFiling parse(String... lines) throws Exception {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, TextNormalizer.normalize(lines[i]), lines[i]));
        }
        return new ProseParser().parse(new SourceDocument("t.txt", "", "TEXT", "UTF-8", out));
    }

    private static List<String> items(BudgetFiling f, String key) {
        return f.facts(key).stream().map(x -> x.label() + "=" + x.amount() + "@" + x.source().line()).toList();
    }

    @Test
    void itemsWithRestatementAndPreviousYear() throws Exception {
        BudgetFiling f = parse("测试区2025年部门预算",
                "2025年，测试部门收入预算1000.00万元，支出预算1000.00万元。",
                "财政拨款支出主要内容如下：",
                "1. “教育支出（类）普通教育（款）小学教育（项）”120.50万元，主要用于小学。2024年当年预算执行数为110.00万元，2025年预算安排121.50万元，比2024年预算执行数增加10.45%。",
                "2. “住房保障支出（类）住房改革支出（款）住房公积金（项）”80.00万元，主要用于住房公积金。2024年当年预算执行数为80.00万元，2025年预算安排80.00万元。");
        assertEquals(List.of("教育支出（类）普通教育（款）小学教育（项）=120.50万元@4",
                "教育支出（类）普通教育（款）小学教育（项）=121.50万元@4",
                "住房保障支出（类）住房改革支出（款）住房公积金（项）=80.00万元@5",
                "住房保障支出（类）住房改革支出（款）住房公积金（项）=80.00万元@5"), items(f, FactKeys.EXPENDITURE_ITEM));
        assertEquals(List.of("教育支出（类）普通教育（款）小学教育（项）=110.00万元@4",
                "住房保障支出（类）住房改革支出（款）住房公积金（项）=80.00万元@5"),
                items(f, FactKeys.previous(FactKeys.EXPENDITURE_ITEM)));
    }

    @Test
    void classListWithOneParagraphPerClassGivesEveryClass() throws Exception {
        BudgetFiling f = parse("测试区2025年单位预算",
                "支出预算3000万元。",
                "财政拨款支出主要内容如下：",
                "1.“一般公共服务支出”科目2000万元，主要用于人员经费。",
                "2.“社会保障和就业支出”科目600万元，主要用于养老保险缴费。",
                "3.“住房保障支出”科目400万元，主要用于住房公积金。");
        assertEquals(List.of("一般公共服务支出=2000万元@4", "社会保障和就业支出=600万元@5", "住房保障支出=400万元@6"),
                items(f, FactKeys.FUNCTION_CLASS));
        assertEquals(3, f.facts(FactKeys.EXPENDITURE_ITEM).size());
        assertEquals(Fact.Origin.PROSE, f.facts(FactKeys.EXPENDITURE_ITEM).getFirst().origin());
    }
}
