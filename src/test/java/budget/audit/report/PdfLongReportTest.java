package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Unit;
import budget.audit.report.model.AuditReport;
import budget.audit.report.pdf.PdfRenderer;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report long enough to break pages: table headers repeat, long quotes are cut, nothing is lost. */
class PdfLongReportTest {

    private static final String LONG = "按照综合预算的原则，本单位所有收入和支出均纳入部门预算管理。收入包括：一般公共预算拨款收入"
            + "17816.9万元、政府性基金预算拨款收入0万元、国有资本经营预算拨款收入0万元、事业收入1900万元、其他收入146.4万元、"
            + "上年结转结余9454.7万元；支出包括：一般公共服务支出21198万元、社会保障和就业支出549.6万元。";

    @Test
    void longFindingsTableRepeatsItsHeaderOnEveryPage() throws Exception {
        BudgetFiling base = ReportFixture.filing();
        List<Fact> facts = new ArrayList<>(base.facts());
        for (int i = 0; i < 60; i++) {
            facts.add(Fact.prose(FactKeys.FUNCTION_CLASS, "一般公共服务支出（第" + i + "类）",
                    Amount.of("1234567.89", Unit.YUAN), ReportFixture.at(100 + i, LONG)));
        }
        BudgetFiling filing = new BudgetFiling(base.document(), base.department(), base.year(), base.kind(), facts,
                base.tables(), base.issues());
        List<Check> checks = new ArrayList<>(ReportFixture.checks());
        for (int i = 0; i < 30; i++) {
            checks.add(new Check("XE005", Outcome.FAIL, "附件2 2010" + String.format("%03d", i) + " 一般公共服务支出 基本支出",
                    Amount.of("21198.00", Unit.WAN_YUAN), new BigDecimal("21187.35"), new BigDecimal("10.65"),
                    Unit.WAN_YUAN, "XE005", Map.of(), List.of(ReportFixture.at(200 + i, LONG),
                    ReportFixture.at(300 + i, "2010101\t行政运行\t12345.67\t12345.67\t"),
                    ReportFixture.at(400 + i, "2010102\t一般行政管理事务\t8841.68\t\t8841.68"))));
        }
        AuditReport report = ReportBuilder.build(filing, ReportFixture.catalogue(), checks,
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), LocalDate.of(2026, 1, 5), ReportFixture.engine());

        PdfRenderer renderer = new PdfRenderer(ReportFixture.engine());
        byte[] pdf = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(report, out);
            best = Math.min(best, System.nanoTime() - start);
            pdf = out.toByteArray();
        }
        System.out.printf("long report: %d bytes, best render %d ms%n", pdf.length, best / 1_000_000);
        AuditReport small = ReportFixture.report();
        long bestSmall = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            renderer.render(small, new ByteArrayOutputStream());
            bestSmall = Math.min(bestSmall, System.nanoTime() - start);
        }
        System.out.printf("small report: best render %d ms%n", bestSmall / 1_000_000);
        Path file = Path.of("target", "report-test", "long.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 5, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithFindingsHeader = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc).replaceAll("\\s+", "");
                assertTrue(text.contains("第" + p + "页共" + pages + "页"), "footer on page " + p);
                if (text.contains("说明出处")) {
                    pagesWithFindingsHeader++;
                }
            }
            long findingPages = report.findings().size() > 20 ? 2 : 1;
            assertTrue(pagesWithFindingsHeader >= findingPages + 1, "header rows repeat: " + pagesWithFindingsHeader);
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc).replaceAll("\\s+", "");
            assertEquals(33, report.findings().size());
            for (AuditReport.FindingEntry f : report.findings()) {
                assertTrue(all.contains(f.message().replaceAll("\\s+", "")), f.message());
            }
        }
    }
}
