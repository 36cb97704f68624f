package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.DocumentKind;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.CrossFigures;
import budget.audit.rules.api.CrossFigures.Figure;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 item 5: a 决算's 年初预算数 against the published 部门预算 (JS011), compared as printed. */
class Js011PublishedBudgetTest {

    private final Js011PublishedBudget rule = new Js011PublishedBudget();

    private static Figure fig(String key, String printed, Unit unit, String measure, String uncertainty) {
        return new Figure(key, null, "财政拨款支出", Amount.of(printed, unit), measure, uncertainty,
                Provenance.ofLine("f.txt", 9, "").inTable("表4", "本年支出合计", "年初预算数"));
    }

    private static CrossFigures budget(Figure... f) {
        return new CrossFigures("预算.txt", "某局", 2023, DocumentKind.BUDGET, List.of(f));
    }

    private static CrossFigures fin(Figure... f) {
        return new CrossFigures("决算.txt", "某局", 2023, DocumentKind.FINAL_ACCOUNTS, List.of(f));
    }

    private Check one(CrossFigures b, CrossFigures f) {
        List<Check> checks = rule.compare(b, f);
        assertEquals(1, checks.size(), checks.toString());
        return checks.getFirst();
    }

    @Test
    void sameFigureInOtherUnitPasses() {
        Check c = one(budget(fig("fiscal.expenditure", "5000000.00", Unit.YUAN, "预算数", null)),
                fin(fig("fiscal.expenditure", "500.00", Unit.WAN_YUAN, "年初预算数", null)));
        assertEquals(Outcome.PASS, c.outcome());
        assertEquals("决算.txt", c.args().get(CrossFilingRule.ARG_FINAL_FILE));
        assertEquals("预算.txt", c.args().get(CrossFilingRule.ARG_BUDGET_FILE));
    }

    @Test
    void withinRoundingIsNoFinding() {
        // 500.00万元 stands for [4,999,950, 5,000,050]元; 5,000,030元 lies inside
        Check c = one(budget(fig("fiscal.expenditure", "5000030", Unit.YUAN, "预算数", null)),
                fin(fig("fiscal.expenditure", "500.00", Unit.WAN_YUAN, "年初预算数", null)));
        assertEquals(Outcome.ROUNDING, c.outcome());
        // a 万元 figure with one decimal against 元: 500.0万元 covers 4,999,500 … 5,000,500元
        Check coarse = one(budget(fig("fiscal.expenditure", "5000400", Unit.YUAN, "预算数", null)),
                fin(fig("fiscal.expenditure", "500.0", Unit.WAN_YUAN, "年初预算数", null)));
        assertEquals(Outcome.ROUNDING, coarse.outcome());
    }

    @Test
    void differentFiguresFailNamingBothFilesAndValues() {
        Check c = one(budget(fig("fiscal.expenditure", "5200000.00", Unit.YUAN, "预算数", null)),
                fin(fig("fiscal.expenditure", "500.00", Unit.WAN_YUAN, "年初预算数", null)));
        assertEquals(Outcome.FAIL, c.outcome());
        assertEquals("-20.00", c.difference().toPlainString());
        assertEquals(Unit.WAN_YUAN, c.unit());
        assertEquals("500.00万元", c.args().get(CrossFilingRule.ARG_FINAL_VALUE));
        assertEquals("5200000.00元", c.args().get(CrossFilingRule.ARG_BUDGET_VALUE));
        assertTrue(c.args().get(CrossFilingRule.ARG_FINAL_AT).toString().contains("表4"));
        assertEquals(2, c.evidence().size());
    }

    @Test
    void uncertainMeasureIsNotCompared() {
        Check c = one(budget(fig("sangong.total", "4.00", Unit.WAN_YUAN, "预算数", null)),
                fin(fig("sangong.total", "9.00", Unit.WAN_YUAN, "预算数", "决算表列为“预算数”，不作比较")));
        assertEquals(Outcome.NOT_APPLICABLE, c.outcome());
        assertNull(c.difference());
        assertTrue(c.args().get(CrossFilingRule.ARG_MISSING).toString().contains("预算数"));
    }

    @Test
    void noCounterpartIsNotCompared() {
        Check c = one(budget(fig("sangong.total", "4.00", Unit.WAN_YUAN, "预算数", null)),
                fin(fig("fiscal.expenditure", "500.00", Unit.WAN_YUAN, "年初预算数", null)));
        assertEquals(Outcome.NOT_APPLICABLE, c.outcome());
        assertTrue(c.args().get(CrossFilingRule.ARG_MISSING).toString().contains("未找到"));
    }

    /** A budget listing one item twice with different figures (per unit): which one is meant is not guessed. */
    @Test
    void itemReadTwiceWithDifferentFiguresIsNotCompared() {
        Check c = one(budget(fig("function:2010801", "4952.85", Unit.WAN_YUAN, "预算数", null),
                        fig("function:2010801", "13007.97", Unit.WAN_YUAN, "预算数", null)),
                fin(fig("function:2010801", "13007.97", Unit.WAN_YUAN, "年初预算数", null)));
        assertEquals(Outcome.NOT_APPLICABLE, c.outcome());
        assertTrue(c.args().get(CrossFilingRule.ARG_MISSING).toString().contains("多次"));
        // the same figure twice (prose 万元 and table 元) is one figure
        Check same = one(budget(fig("fiscal.expenditure", "5000000.00", Unit.YUAN, "预算数", null)),
                fin(fig("fiscal.expenditure", "500.00", Unit.WAN_YUAN, "年初预算数", null),
                        fig("fiscal.expenditure", "5000000", Unit.YUAN, "年初预算数", null)));
        assertEquals(Outcome.PASS, same.outcome());
    }

    /** Figures read from the filings: only a column or sentence saying 年初预算 is certain on the 决算 side. */
    @Test
    void figuresOfFilings() {
        CrossFigures f = rule.figures(asFinal(TextFiling.of(String.join("\n",
                "滨河市某局2023年度部门决算",
                "一、财政拨款支出决算情况",
                "2023年度财政拨款支出年初预算为500.00万元，支出决算为450.00万元，完成年初预算的90%。",
                "",
                "表7",
                "一般公共预算财政拨款“三公”经费支出决算表",
                "单位：万元",
                "年初预算数		决算数	",
                "合计	公务接待费	合计	公务接待费",
                "4.00	4.00	6.00	6.00",
                ""))));
        assertEquals(DocumentKind.FINAL_ACCOUNTS, f.documentKind());
        Figure fiscal = Js011PublishedBudget.find(f, "fiscal.expenditure").orElseThrow();
        assertEquals("500.00", fiscal.value().printed());
        assertTrue(fiscal.certain());
        List<Figure> sangong = f.figures().stream().filter(x -> x.key().startsWith("sangong")).toList();
        assertTrue(!sangong.isEmpty(), f.toString());
        assertTrue(sangong.stream().allMatch(Figure::certain), sangong.toString());
    }

    private static budget.audit.model.BudgetFiling asFinal(budget.audit.model.BudgetFiling f) {
        return new budget.audit.model.BudgetFiling(f.document(), f.department(), f.year(), f.kind(), f.facts(),
                f.tables(), f.issues(), DocumentKind.FINAL_ACCOUNTS, f.content());
    }

    /**
     * A function item named in one paragraph and given its 年初预算 in the next (central 决算 layout), within the
     * 财政拨款 paragraph's scope; an item under a paragraph naming 政府性基金 is not given a scope.
     */
    @Test
    void proseItemsCarryTheScopeOfTheirParagraph() {
        CrossFigures f = rule.figures(asFinal(TextFiling.of(String.join("\n",
                "滨河市某局2023年度部门决算",
                "（三）财政拨款支出决算具体情况",
                "2023年度财政拨款支出年初预算为500.00万元，支出决算为450.00万元，完成年初预算的90%。其中：",
                "1.一般公共服务（类）档案事务（款）行政运行（项）。",
                "年初预算为300.00万元，支出决算为200.00万元，完成年初预算的66.67%。",
                "",
                "（四）政府性基金预算财政拨款支出决算情况",
                "政府性基金预算财政拨款支出年初预算为20.00万元。其中：城乡社区（类）国有土地使用权出让收入安排的支出（款）"
                        + "其他支出（项）年初预算为20.00万元。",
                ""))));
        List<Figure> items = f.figures().stream().filter(x -> x.path() != null).toList();
        assertEquals(2, items.size(), f.toString());
        assertEquals("fiscal.item", items.get(0).key());
        assertEquals("一般公共服务/档案事务/行政运行", items.get(0).path());
        assertEquals("300.00", items.get(0).value().printed());
        assertTrue(items.get(0).certain());
        assertTrue(!items.get(1).certain(), items.get(1).toString());
        // 政府性基金预算财政拨款支出 is not 财政拨款支出 as a whole
        assertEquals(1, f.figures().stream().filter(x -> x.key().equals("fiscal.expenditure")).count());
    }

    @Test
    void departmentKeyFoldsWidthAndSpaces() {
        assertEquals(CrossFigures.departmentKey("滨河市 滨江区档案馆"), CrossFigures.departmentKey("滨河市滨江区档案馆（本级）"));
        assertNull(CrossFigures.departmentKey("  "));
    }
}
