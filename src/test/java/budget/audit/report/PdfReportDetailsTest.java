package budget.audit.report;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.Unit;
import budget.audit.report.model.AuditReport;
import budget.audit.report.pdf.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, item 6 (report parts): no hidden duplicate text at page breaks, grouped amounts, the filing's money
 * unit stated, and the report's appendices named so that they cannot be taken for the filing's 附件.
 */
class PdfReportDetailsTest {

    private static AuditReport report(int extraFacts, Unit unit) {
        BudgetFiling base = ReportFixture.filing();
        List<Fact> facts = new ArrayList<>(base.facts());
        for (int i = 0; i < extraFacts; i++) {
            facts.add(Fact.prose(FactKeys.FUNCTION_CLASS, "一般公共服务支出（第" + i + "类）",
                    Amount.of("1234567.89", unit), ReportFixture.at(100 + i, "一般公共服务支出1234567.89")));
        }
        BudgetFiling filing = new BudgetFiling(base.document(), base.department(), base.year(), base.kind(), facts,
                base.tables(), base.issues());
        return ReportBuilder.build(filing, ReportFixture.catalogue(), ReportFixture.checks(),
                new AuditReport.ToolInfo("budget-audit", "0.1.0"), LocalDate.of(2026, 1, 5), ReportFixture.engine());
    }

    private static byte[] pdf(AuditReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(ReportFixture.engine()).render(report, out);
        return out.toByteArray();
    }

    private static List<Set<String>> pageLines(byte[] pdf) throws Exception {
        List<Set<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                Set<String> lines = new HashSet<>();
                for (String line : stripper.getText(doc).split("\\R")) {
                    String squeezed = line.replaceAll("\\s+", "");
                    // repeated table header rows and one-word cells are not duplicates
                    if (squeezed.length() >= 10 && !squeezed.startsWith("序号")) {
                        lines.add(squeezed);
                    }
                }
                pages.add(lines);
            }
        }
        return pages;
    }

    /**
     * Wherever a page break falls, no line of text is written on both sides of it (hidden, clipped copies).
     * OpenPDF's HTML renderer paints a block pushed to the next page also at its old place in the previous page's
     * bottom margin (clipped, invisible, but in the text layer). Reproduced with 54 and 58 extra facts (an appendix
     * heading and a table row); {@code VisibleTextOutputDevice} leaves such wholly clipped text out.
     */
    @Test
    void noLineIsEmittedOnTwoPages() throws Exception {
        for (int extra = 40; extra <= 72; extra += 2) {
            byte[] pdf = pdf(report(extra, Unit.YUAN));
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-test"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "report-test", "breaks-" + extra + ".pdf"), pdf);
            List<Set<String>> pages = pageLines(pdf);
            for (int p = 0; p + 1 < pages.size(); p++) {
                Set<String> both = new HashSet<>(pages.get(p));
                both.retainAll(pages.get(p + 1));
                assertTrue(both.isEmpty(), extra + " facts: pages " + (p + 1) + " and " + (p + 2) + " both hold " + both);
            }
        }
    }

    @Test
    void amountsHaveThousandsSeparatorsAndTheUnitIsStated() throws Exception {
        String xhtml = new PdfRenderer(ReportFixture.engine()).xhtml(report(3, Unit.YUAN));
        assertTrue(xhtml.contains("1,234,567.89"), "grouped fact value");
        assertFalse(xhtml.contains(">1234567.89<"), "ungrouped fact value");
        // the fixture's prose is in 万元 and its table in 万元; the extra facts are in 元
        assertTrue(xhtml.contains("本文件金额单位不一：说明文字为万元、元，表格为万元（1张）；各金额按原文单位列示，未作换算"),
                xhtml);
        String single = new PdfRenderer(ReportFixture.engine()).xhtml(report(0, Unit.YUAN));
        assertTrue(single.contains("本文件金额单位为万元。"), single);
    }

    @Test
    void reportAppendicesAreNotCalled附件() throws Exception {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf(report(0, Unit.YUAN)))) {
            text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", "");
        }
        for (String heading : List.of("附录一　规则执行情况", "附录二　尾差（舍入）情况", "附录三　已识别的公开表格")) {
            assertTrue(text.contains(heading.replace("　", "")) || text.contains(heading), heading);
        }
        assertTrue(text.contains("仅在附录二列示"));
        assertFalse(text.matches("(?s).*附件\\d+　?(规则执行情况|尾差|已识别的公开表格|目录所列但未识别|未核对事项明细).*"), text);
        assertEquals(-1, text.indexOf("见附件5"));
    }
}
