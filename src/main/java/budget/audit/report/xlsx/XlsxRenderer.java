package budget.audit.report.xlsx;

import budget.audit.report.Labels;
import budget.audit.report.Renderer;
import budget.audit.report.XmlText;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.Evidence;
import budget.audit.report.model.AuditReport.FactEntry;
import budget.audit.report.model.AuditReport.FindingEntry;
import budget.audit.report.model.AuditReport.RuleResult;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The workbook: 概况, 问题清单 (one row per finding), 规则执行情况 (every rule), 关键数据 (every fact), 核对范围
 * (what was and was not checked, {@link XlsxCoverageSheet}), then one
 * 表格复核 sheet per table read ({@link XlsxTableSheets}). Sheet names
 * and column heads come from {@code templates/labels.ftl}. Output is byte-identical for the same report: core
 * properties carry the report date and every zip entry the same fixed time.
 */
public final class XlsxRenderer implements Renderer {

    private final TemplateEngine engine;

    public XlsxRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        Labels l = Labels.load(engine);
        LocalDate date = report.generatedOn() == null ? LocalDate.EPOCH : LocalDate.parse(report.generatedOn());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = XlsxWorkbooks.create()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            summary(workbook.createSheet(l.get("xlsx.sheet.summary")), styles, report, l);
            findings(workbook.createSheet(l.get("xlsx.sheet.findings")), styles, report, l);
            rules(workbook.createSheet(l.get("xlsx.sheet.rules")), styles, report, l);
            facts(workbook.createSheet(l.get("xlsx.sheet.facts")), styles, report, l);
            if (report.coverage() != null) {
                XlsxCoverageSheet.write(workbook.createSheet(l.get("xlsx.sheet.coverage")), styles,
                        report.coverage(), l);
            }
            if (report.comparedBudget() != null && !report.comparedBudget().figures().isEmpty()) {
                XlsxBudgetSheet.write(workbook.createSheet(l.get("xlsx.sheet.budget")), styles,
                        report.comparedBudget(), l);
            }
            XlsxTableSheets.write(workbook, styles, report, l);
            fixProperties(workbook, report, l, date);
            workbook.write(raw);
        }
        FixedTimeZip.copy(raw.toByteArray(), out, date);
    }

    private static void summary(XSSFSheet sheet, XlsxStyles styles, AuditReport report, Labels l) {
        AuditReport.FilingInfo f = report.filing();
        XlsxSheet s = new XlsxSheet(sheet, styles, List.of(l.get("xlsx.summary.item"), l.get("xlsx.summary.value")),
                List.of(24, 70));
        s.row().text(l.get("xlsx.summary.department")).text(f.department());
        s.row().text(l.get("xlsx.summary.year")).integer(f.year());
        s.row().text(l.get("xlsx.summary.kind")).text(f.kind());
        s.row().text(l.get("xlsx.summary.documentKind")).text("FINAL_ACCOUNTS".equals(f.documentKind())
                ? l.code("documentKind.audited", f.documentKind()) : l.code("documentKind", f.documentKind()));
        s.row().text(l.get("xlsx.summary.content")).text(l.code("content", f.content()));
        if (report.sources().size() > 1) {
            for (AuditReport.SourceInfo src : report.sources()) {
                s.row().text(l.get("xlsx.summary.file")).text(src.file());
                s.row().text(l.get("xlsx.summary.sha256")).text(src.sha256());
            }
        } else {
            s.row().text(l.get("xlsx.summary.file")).text(report.source().file());
            s.row().text(l.get("xlsx.summary.sha256")).text(report.source().sha256());
        }
        AuditReport.ComparedBudget budget = report.comparedBudget();
        if (budget != null) {
            s.row().text(l.get("xlsx.summary.budgetFile")).text(budget.file());
            s.row().text(l.get("xlsx.summary.budgetSha256")).text(budget.sha256());
            s.row().text(l.get("xlsx.summary.budgetResult")).text(XlsxBudgetSheet.result(budget, l));
        }
        for (String line : report.scope()) {
            s.row().text(l.get("xlsx.summary.scope")).text(line);
        }
        s.row().text(l.get("xlsx.summary.date")).text(report.generatedOn());
        s.row().text(l.get("xlsx.summary.tool")).text(report.tool().name() + " " + report.tool().version());
        s.row().text(l.get("xlsx.summary.verdict")).text(report.summary().verdict());
        s.row().text(l.get("xlsx.summary.errors")).integer(report.summary().errors());
        s.row().text(l.get("xlsx.summary.warnings")).integer(report.summary().warnings());
        s.row().text(l.get("xlsx.summary.infos")).integer(report.summary().infos());
        s.row().text(l.get("xlsx.summary.roundings")).integer(report.summary().roundings());
        if (report.opinion() != null) {
            s.row().text(l.get("xlsx.summary.opinion")).text(report.opinion());
        }
        s.finish(false);
    }

    private static void findings(XSSFSheet sheet, XlsxStyles styles, AuditReport report, Labels l) {
        XlsxSheet s = new XlsxSheet(sheet, styles, heads(l, "no", "rule", "title", "severity", "outcome", "subject",
                "message", "stated", "computed", "difference", "unit", "line", "text", "basis", "remedy"),
                List.of(6, 10, 24, 6, 8, 30, 60, 16, 16, 16, 6, 14, 60, 50, 50));
        int n = 0;
        for (FindingEntry x : report.findings()) {
            s.row().integer(++n).text(x.rule()).text(x.title()).text(l.code("severity", x.severity()))
                    .text(l.code("outcome", x.outcome())).text(x.subject()).text(x.message())
                    .amount(x.stated()).amount(x.computed()).amount(x.difference()).text(x.unit())
                    .text(lines(x.evidence(), report.sources().size() > 1 || otherFile(x, report)))
                    .text(texts(x.evidence()))
                    .text(x.basis()).text(x.remedy());
        }
        s.finish(true);
    }

    private static void rules(XSSFSheet sheet, XlsxStyles styles, AuditReport report, Labels l) {
        XlsxSheet s = new XlsxSheet(sheet, styles, heads(l, "no", "rule", "title", "category", "severity",
                "checks", "outcome", "stated", "computed", "unit"),
                List.of(6, 10, 40, 10, 6, 8, 10, 16, 16, 6));
        int n = 0;
        for (RuleResult r : report.rules()) {
            s.row().integer(++n).text(r.id()).text(r.title()).text(r.category())
                    .text(l.code("severity", r.severity())).integer(r.checks()).text(l.code("outcome", r.outcome()))
                    .amount(r.stated()).amount(r.computed()).text(r.unit());
        }
        s.finish(true);
    }

    private static void facts(XSSFSheet sheet, XlsxStyles styles, AuditReport report, Labels l) {
        XlsxSheet s = new XlsxSheet(sheet, styles, heads(l, "no", "key", "name", "label", "value", "unit",
                "decimals", "origin", "status", "line", "table", "row", "cell", "text"),
                List.of(6, 28, 24, 24, 16, 6, 6, 10, 10, 8, 24, 20, 8, 60));
        int n = 0;
        for (FactEntry x : report.facts()) {
            s.row().integer(++n).text(x.key()).text(x.name()).text(x.label()).amount(x.value()).text(x.unit())
                    .integer(x.decimals()).text(l.code("origin", x.origin())).text(l.code("status", x.status()))
                    .integer(x.line()).text(x.table()).text(x.row()).text(x.cell()).text(x.text());
        }
        s.finish(true);
    }

    private static List<String> heads(Labels l, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> l.get("col." + k)).toList();
    }

    /** Whether a finding cites another file than the audited one (a 决算 compared with its published budget). */
    private static boolean otherFile(FindingEntry x, AuditReport report) {
        return x.evidence().stream().anyMatch(e -> e.file() != null && !e.file().equals(report.source().file()));
    }

    private static String lines(List<Evidence> evidence, boolean withFile) {
        return evidence.stream().filter(e -> e.line() != null)
                .map(e -> (withFile && e.file() != null ? e.file() + " " : "") + e.line())
                .collect(Collectors.joining("、"));
    }

    private static String texts(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.text() == null ? "" : e.text()).collect(Collectors.joining("\n"));
    }

    private static void fixProperties(XSSFWorkbook workbook, AuditReport report, Labels l, LocalDate date) {
        Date fixed = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreated(java.util.Optional.of(fixed));
        core.setModified(java.util.Optional.of(fixed));
        core.setCreator(XmlText.clean(report.tool().name()));
        String department = report.filing().department() == null ? "" : report.filing().department();
        boolean finalAccounts = "FINAL_ACCOUNTS".equals(report.filing().documentKind());
        core.setTitle(XmlText.clean(department + l.get(finalAccounts ? "xlsx.title.FINAL_ACCOUNTS" : "xlsx.title")));
    }
}
