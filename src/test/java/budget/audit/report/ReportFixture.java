package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FactStatus;
import budget.audit.model.FilingKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.report.model.AuditReport;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;
import budget.audit.rules.api.Severity;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A hand-made filing, catalogue and checks (invented values; rule ids that no real rule uses). */
final class ReportFixture {

    static final String FILE = "测试预算公开.txt";
    static final String DEPARTMENT = "测试区<script>&审计试点局";
    static final String SHA = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final Path TEMPLATES = Path.of("src/test/resources/report-test-templates");

    private ReportFixture() {
    }

    static Provenance at(int line, String text) {
        return Provenance.ofLine(FILE, line, text);
    }

    static BudgetFiling filing() {
        List<SourceLine> lines = List.of(SourceLine.plain(1, "测试区审计试点局2025年部门预算", "测试区审计试点局2025年部门预算"));
        SourceDocument doc = new SourceDocument(FILE, SHA, "txt", "UTF-8", lines);
        Provenance tableTitle = at(40, "附件8\t“三公”经费预算表");
        List<Fact> facts = List.of(
                Fact.prose(FactKeys.SANGONG_TOTAL, "“三公”经费", Amount.of("12.5", Unit.WAN_YUAN),
                        at(10, "2025年“三公”经费预算12.5万元，其中：")),
                Fact.prose(FactKeys.SANGONG_VEHICLE, "公务用车购置及运行费", Amount.of("8.3", Unit.WAN_YUAN),
                        at(11, "公务用车购置及运行费8.3万元；")),
                Fact.prose(FactKeys.SANGONG_RECEPTION, "公务接待费", Amount.of("3.9", Unit.WAN_YUAN),
                        at(12, "公务接待费3.9万元。")),
                Fact.prose(FactKeys.change(FactKeys.SANGONG_TOTAL), "“三公”经费", Amount.of("-2.8", Unit.WAN_YUAN),
                        at(13, "比上年减少2.8万元")),
                Fact.unreadable(FactKeys.JY_TOTAL, "机关运行经费", at(20, "机关运行经费XX万元")),
                new Fact(FactKeys.INCOME_TOTAL, "=SUM(收入)", Amount.of("1523.26", Unit.WAN_YUAN), FactStatus.READ,
                        Fact.Origin.TABLE, at(31, "收入合计\t1523.26").inTable("附件2 收入总表", "收入合计", "B7")),
                Fact.prose(FactKeys.VEHICLE_COUNT, "车辆数", Amount.of("1234567", Unit.VEHICLE),
                        at(22, "车辆1234567辆")));
        TableRow row = new TableRow(0, "", "合计", List.of(Amount.of("12.5", Unit.WAN_YUAN)), at(42, "合计\t12.5"));
        BudgetTable table = new BudgetTable("附件8", "“三公”经费预算表", TableKind.SANGONG, Unit.WAN_YUAN,
                List.of("合计"), List.of(row), false, null, tableTitle);
        return new BudgetFiling(doc, DEPARTMENT, 2025, FilingKind.DEPARTMENT, facts, List.of(table), List.of());
    }

    static List<RuleSpec> catalogue() {
        return List.of(
                new RuleSpec("XA001", "“三公”经费合计等于分项之和", "文内", Severity.ERROR, "d", "b", "e"),
                new RuleSpec("XB002", "收入总表合计等于分项之和", "表内", Severity.ERROR, "d", "b", "e"),
                new RuleSpec("XC003", "占比按四舍五入列示", "文内", Severity.WARNING, "d", "b", "e"),
                new RuleSpec("XD004", "机关运行经费可识别", "完整性", Severity.WARNING, "d", "b", "e"),
                new RuleSpec("XE005", "公用经费等于分项之和", "表文", Severity.WARNING, "d", "b", "e"),
                new RuleSpec("XF006", "政府采购分项齐全", "完整性", Severity.INFO, "d", "b", "e"));
    }

    static List<Check> checks() {
        BigDecimal d = null;
        return List.of(
                new Check("XC003", Outcome.TRUNCATION, "基本支出占比", Amount.of("33.3", Unit.PERCENT),
                        new BigDecimal("33.36"), new BigDecimal("-0.06"), Unit.PERCENT, "XC003", Map.of(),
                        List.of(at(15, "基本支出占33.3%"))),
                new Check("XE005", Outcome.FAIL, "公用经费", Amount.of("5", Unit.WAN_YUAN),
                        new BigDecimal("4"), new BigDecimal("1"), Unit.WAN_YUAN, "XE005", Map.of(),
                        List.of(at(18, "公用经费5万元"), at(19, "办公费4万元"))),
                new Check("XB002", Outcome.ROUNDING, "收入合计", Amount.of("1523.26", Unit.WAN_YUAN),
                        new BigDecimal("1523.27"), new BigDecimal("-0.01"), Unit.WAN_YUAN, "XB002", Map.of(),
                        List.of(at(31, "收入合计\t1523.26"), at(32, "一般公共预算拨款收入\t1000.13"))),
                new Check("XB002", Outcome.PASS, "支出合计", Amount.of("1600.00", Unit.WAN_YUAN),
                        new BigDecimal("1600.00"), new BigDecimal("0.00"), Unit.WAN_YUAN, "XB002", Map.of(),
                        List.of(at(35, "支出合计\t1523.26"))),
                new Check("XD004", Outcome.INSUFFICIENT_DATA, "机关运行经费", null, d, d, null, "XD004", Map.of(),
                        List.of(at(20, "机关运行经费XX万元"))),
                new Check("XA001", Outcome.FAIL, "“三公”经费合计", Amount.of("12.5", Unit.WAN_YUAN),
                        new BigDecimal("12.2"), new BigDecimal("0.3"), Unit.WAN_YUAN, "XA001",
                        Map.of("note", "请核实因公出国（境）费是否漏列。"),
                        List.of(at(10, "2025年“三公”经费预算12.5万元，其中："), at(11, "公务用车购置及运行费8.3万元；"),
                                at(12, "公务接待费3.9万元。"))));
    }

    static TemplateEngine engine() {
        return TemplateEngine.of(TEMPLATES);
    }

    static AuditReport report() {
        return ReportBuilder.build(filing(), catalogue(), checks(),
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), LocalDate.of(2026, 1, 5), engine());
    }
}
