package budget.audit.report;

import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.FindingEntry;
import budget.audit.report.model.AuditReport.RuleResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportBuilderTest {

    private final AuditReport report = ReportFixture.report();

    @Test
    void findingsAreFailsAndTruncationsSortedBySeverityThenRule() {
        assertEquals(List.of("XA001", "XE005", "XC003"), report.findings().stream().map(FindingEntry::rule).toList());
        assertEquals(List.of("ERROR", "WARNING", "INFO"),
                report.findings().stream().map(FindingEntry::severity).toList());
        assertEquals(List.of("FAIL", "FAIL", "TRUNCATION"),
                report.findings().stream().map(FindingEntry::outcome).toList());
    }

    @Test
    void summaryCountsAndVerdictFromTemplate() {
        assertEquals(new AuditReport.Summary(1, 1, 1, 1, "发现1个错误、1个警告、1条提示"), report.summary());
    }

    @Test
    void messageFromOverrideTemplateWithArgs() {
        FindingEntry f = report.findings().getFirst();
        assertEquals("“三公”经费合计：公开数12.5万元，各分项之和12.2万元，相差0.3万元（不通过）。请核实因公出国（境）费是否漏列。",
                f.message());
        assertEquals("“三公”经费合计等于分项之和", f.title());
        assertEquals(List.of(10, 11, 12), f.evidence().stream().map(AuditReport.Evidence::line).toList());
        assertEquals("公务接待费3.9万元。", f.evidence().get(2).text());
        assertEquals("12.5", f.stated());
        assertEquals("12.2", f.computed());
        assertEquals("0.3", f.difference());
        assertEquals("万元", f.unit());
    }

    @Test
    void missingTemplateFallsBackToDefault() {
        assertEquals("公用经费：公开数5万元，计算数4万元，差额1万元。检查结果：不通过。", report.findings().get(1).message());
        assertEquals("基本支出占比：公开数33.3%，计算数33.36%，差额-0.06%。检查结果：截断。",
                report.findings().get(2).message());
    }

    @Test
    void everyCatalogueRuleHasItsWorstOutcome() {
        assertEquals(List.of("XA001:FAIL:1", "XB002:ROUNDING:2", "XC003:TRUNCATION:1", "XD004:INSUFFICIENT_DATA:1",
                        "XE005:FAIL:1", "XF006:NOT_APPLICABLE:0"),
                report.rules().stream().map(r -> r.id() + ":" + r.outcome() + ":" + r.checks()).toList());
        RuleResult one = report.rules().getFirst();
        assertEquals("12.5", one.stated());
        assertEquals("12.2", one.computed());
        assertEquals("万元", one.unit());
        RuleResult two = report.rules().get(1);
        assertNull(two.stated());
        assertNull(two.computed());
    }

    @Test
    void roundingsAreListedNotFindings() {
        assertEquals(1, report.roundings().size());
        AuditReport.CheckEntry r = report.roundings().getFirst();
        assertEquals("XB002", r.rule());
        assertEquals("-0.01", r.difference());
        assertEquals("收入合计：公开数1523.26万元，计算数1523.27万元，差额-0.01万元。检查结果：尾差。", r.message());
    }

    @Test
    void factsAndTables() {
        assertEquals(7, report.facts().size());
        AuditReport.FactEntry unreadable = report.facts().get(4);
        assertEquals(new AuditReport.FactEntry("jy.total", "机关运行经费", "机关运行经费", null, null, null, "PROSE", 20,
                null, null, null, null, "机关运行经费XX万元", "UNREADABLE", "测试预算公开.txt"), unreadable);
        AuditReport.FactEntry table = report.facts().get(5);
        assertEquals(new AuditReport.FactEntry("income.total", "收入合计", "=SUM(收入)", "1523.26", "万元", 2, "TABLE",
                31, null, "B7", "附件2 收入总表", "收入合计", "收入合计\t1523.26", "READ", "测试预算公开.txt"), table);
        assertEquals("“三公”经费合计比上年增减", report.facts().get(3).name());
        assertEquals(List.of(new AuditReport.TableEntry("附件8", "“三公”经费预算表", "“三公”经费表", "万元", 1, false, 40,
                        null, List.of("合计"), List.of(new AuditReport.TableRowEntry("", "合计", 42,
                        List.of(new AuditReport.CellEntry("12.5", null, null, null)))))),
                report.tables());
        assertEquals(new AuditReport.FilingInfo(ReportFixture.DEPARTMENT, 2025, "部门预算"), report.filing());
        assertEquals("2026-01-05", report.generatedOn());
    }

    @Test
    void noFindingsVerdict() {
        AuditReport clean = ReportBuilder.build(ReportFixture.filing(), ReportFixture.catalogue(), List.of(),
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), java.time.LocalDate.of(2026, 1, 5),
                ReportFixture.engine());
        assertEquals("未发现问题", clean.summary().verdict());
        assertEquals(6, clean.rules().stream().filter(r -> r.outcome().equals("NOT_APPLICABLE")).count());
    }
}
