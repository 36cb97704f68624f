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

class Tb004CodeFormatTest {

    private static List<Check> run(String... lines) {
        List<SourceLine> source = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            source.add(SourceLine.plain(i + 1, lines[i], lines[i]));
        }
        SourceDocument doc = new SourceDocument("t.txt", "0".repeat(64), "TEXT", "UTF-8", source);
        List<BudgetTable> tables = TableReader.read(doc);
        BudgetFiling filing = new BudgetFiling(doc, "测试部门", 2024, FilingKind.DEPARTMENT, List.of(), tables,
                List.of());
        RuleContext ctx = new RuleContext(Tb004CodeFormat.ID, Map.of());
        new Tb004CodeFormat().evaluate(filing, ctx);
        return ctx.checks();
    }

    private static final String[] HEAD = {
        "2024年部门一般公共预算基本支出部门预算经济分类预算表",
        "单位：元",
        "部门预算经济分类科目编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费",
        "类\t款\t\t\t\t"};

    private static String[] with(String... rows) {
        List<String> all = new ArrayList<>(List.of(HEAD));
        all.addAll(List.of(rows));
        return all.toArray(String[]::new);
    }

    @Test
    void aDroppedLeadingZeroIsFoundAndQuotedAsPrinted() {
        List<Check> checks = run(with(
                "301\t\t工资福利支出\t28070910\t28070910\t0",
                "301\t01\t基本工资\t11447100\t11447100\t0",
                "301\t2\t津贴补贴\t16623810\t16623810\t0",
                "合计\t\t\t28070910\t28070910\t0"));
        List<Check> fails = checks.stream().filter(c -> c.outcome() == Outcome.FAIL).toList();
        assertEquals(1, fails.size(), checks.toString());
        Check f = fails.getFirst();
        assertEquals("301 2", f.args().get(Tb004CodeFormat.ARG_PRINTED));
        assertEquals("津贴补贴", f.args().get(Tb004CodeFormat.ARG_NAME));
        assertEquals(7, f.evidence().getFirst().line());
    }

    @Test
    void wellFormedCodesPass() {
        List<Check> checks = run(with(
                "301\t\t工资福利支出\t28070910\t28070910\t0",
                "301\t01\t基本工资\t11447100\t11447100\t0",
                "301\t02\t津贴补贴\t16623810\t16623810\t0",
                "合计\t\t\t28070910\t28070910\t0"));
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void indentedCodesUnderTheirParentAreWellFormed() {
        List<Check> checks = run(
                "2023年部门支出预算总表",
                "单位：元",
                "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
                "类\t款\t项\t\t\t\t",
                "201\t\t\t一般公共服务支出\t100.00\t100.00\t",
                "\t03\t\t政府办公厅（室）及相关机构事务\t100.00\t100.00\t",
                "\t\t01\t行政运行\t60.00\t60.00\t",
                "\t\t02\t一般行政管理事务\t40.00\t40.00\t",
                "合计\t\t\t\t100.00\t100.00\t");
        // Songjiang style: "", "03", "01" — each 款 and 项 printed under its parent is complete (no false alarm)
        assertEquals(List.of(Outcome.PASS), checks.stream().map(Check::outcome).toList());
    }

    @Test
    void noCodedTableIsNotApplicable() {
        List<Check> checks = run("情况说明", "本部门2024年无表格。");
        assertEquals(List.of(Outcome.NOT_APPLICABLE), checks.stream().map(Check::outcome).toList());
    }
}
