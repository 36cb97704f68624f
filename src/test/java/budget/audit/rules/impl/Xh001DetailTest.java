package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.FilingKind;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.parse.table.TableReader;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Xh001DetailTest {

    private static List<Check> run(String... lines) {
        List<SourceLine> source = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            source.add(SourceLine.plain(i + 1, lines[i], lines[i]));
        }
        SourceDocument doc = new SourceDocument("t.txt", "0".repeat(64), "TEXT", "UTF-8", source);
        List<BudgetTable> tables = TableReader.read(doc);
        BudgetFiling filing = new BudgetFiling(doc, "测试部门", 2024, FilingKind.DEPARTMENT, List.of(), tables,
                List.of());
        RuleContext ctx = new RuleContext(Xh001Detail.ID, Map.of());
        new Xh001Detail().evaluate(filing, ctx);
        return ctx.checks();
    }

    private static final String[] FUNCTION_HEAD = {
        "2024年部门一般公共预算支出功能分类预算表",
        "单位：万元",
        "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出"};

    private static String[] with(String[] head, String... rows) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(rows));
        return all.toArray(String[]::new);
    }

    @Test
    void aFunctionTableDownToItemsPasses() {
        List<Check> checks = run(with(FUNCTION_HEAD,
                "201\t一般公共服务支出\t100.00\t80.00\t20.00",
                "20101\t人大事务\t100.00\t80.00\t20.00",
                "2010101\t行政运行\t80.00\t80.00\t0.00",
                "2010102\t一般行政管理事务\t20.00\t0.00\t20.00",
                "合计\t\t100.00\t80.00\t20.00"));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void aFunctionTableStoppingAtKuanFails() {
        List<Check> checks = run(with(FUNCTION_HEAD,
                "201\t一般公共服务支出\t100.00\t80.00\t20.00",
                "20101\t人大事务\t100.00\t80.00\t20.00",
                "合计\t\t100.00\t80.00\t20.00"));
        assertEquals(List.of(Outcome.FAIL), checks.stream().map(Check::outcome).toList(), checks.toString());
        assertEquals("款级（5位编码）", checks.get(0).args().get(Xh001Detail.ARG_DEEPEST));
    }

    @Test
    void anEconomicTableIsJudgedByItsOwnDepth() {
        String[] head = {
            "2024年部门一般公共预算基本支出部门预算经济分类预算表",
            "单位：万元",
            "经济分类科目编码\t经济分类科目名称\t合计\t人员经费\t公用经费"};
        List<Check> checks = run(with(head,
                "301\t工资福利支出\t80.00\t80.00\t0.00",
                "30101\t基本工资\t50.00\t50.00\t0.00",
                "30102\t津贴补贴\t30.00\t30.00\t0.00",
                "合计\t\t80.00\t80.00\t0.00"));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList(), checks.toString());
    }
}
