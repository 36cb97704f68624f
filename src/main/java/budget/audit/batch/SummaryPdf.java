package budget.audit.batch;

import budget.audit.report.TemplateEngine;
import budget.audit.report.pdf.PdfFonts;
import budget.audit.report.pdf.ReproduciblePdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 汇总.pdf: the batch overview for reading and printing, laid out from the FreeMarker template
 * {@code templates/summary.ftlx} (all wording there) by OpenPDF's HTML renderer. Charts are HTML bars whose widths
 * are computed here (percentages), so the template stays free of arithmetic.
 */
final class SummaryPdf {

    static final String TEMPLATE = "summary.ftlx";

    /** Longest lists the printed overview shows in full; the XLSX always has everything. */
    static final int MAX_FILINGS = 500;

    private final TemplateEngine engine;

    SummaryPdf(Path templatesDir) {
        this.engine = TemplateEngine.of(templatesDir);
    }

    /** A bar of a chart: label, value, width in percent of the longest bar. */
    public record Bar(String label, String title, int value, int percent) {
    }

    /** Same summary and date, same bytes (see {@link ReproduciblePdf}). */
    void write(BatchSummary summary, OutputStream out) throws IOException {
        try {
            ReproduciblePdf.write(xhtml(summary), LocalDate.parse(summary.generatedOn()), out);
        } catch (IOException e) {
            throw new IOException("汇总 " + e.getMessage(), e);
        }
    }

    /** The same overview as an editable Word document (templates/docx.ftl styles); same summary, same bytes. */
    void writeDocx(BatchSummary summary, OutputStream out) throws IOException {
        budget.audit.report.docx.DocxRenderer.write(xhtml(summary), LocalDate.parse(summary.generatedOn()),
                summary.tool().name(), "汇总", engine, out);
    }

    String xhtml(BatchSummary summary) {
        Map<String, Object> model = new HashMap<>();
        model.put("s", summary);
        model.put("ruleBars", ruleBars(summary));
        model.put("verdictBars", verdictBars(summary));
        List<FilingRow> attention = summary.filings().stream()
                .filter(f -> f.errors() + f.warnings() > 0)
                .sorted(Comparator.comparingInt((FilingRow f) -> -f.errors()).thenComparingInt(f -> -f.warnings())
                        .thenComparing(FilingRow::file))
                .limit(MAX_FILINGS).toList();
        model.put("attention", attention);
        model.put("attentionTotal", summary.filings().stream().filter(f -> f.errors() + f.warnings() > 0).count());
        model.put("maxFilings", MAX_FILINGS);
        model.put("reportDate", chineseDate(summary.generatedOn()));
        model.put("bodyFont", PdfFonts.BODY_FAMILY);
        model.put("headingFont", PdfFonts.HEADING_FAMILY);
        return budget.audit.report.LayoutText.cap(engine.render(TEMPLATE, model),
                budget.audit.report.Labels.load(engine));
    }

    /** Findings per rule, for the rules that produced any (the table below lists every rule), with names. */
    static List<Bar> ruleBars(BatchSummary s) {
        int max = s.rules().stream().mapToInt(RuleStat::findings).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (RuleStat r : s.rules()) {
            if (r.findings() > 0) {
                bars.add(new Bar(r.id(), r.title() == null ? r.id() : r.title(), r.findings(),
                        percent(r.findings(), max)));
            }
        }
        return bars;
    }

    /** The verdict of a filing no budget rule ran on (templates/verdict.ftl). */
    static final String NOT_CHECKED = "未核对";

    /** Filings by their worst finding: 有错误 / 仅有警告 / 仅有提示 / 未发现问题, then 未核对 and 无法审核. */
    static List<Bar> verdictBars(BatchSummary s) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int clean = 0;
        int notChecked = 0;
        for (FilingRow f : s.filings()) {
            if (f.verdict() != null && f.verdict().startsWith(NOT_CHECKED)) {
                // a 决算 or another document the budget rules do not apply to: not "no problems"
                notChecked++;
            } else if (f.errors() > 0) {
                errors++;
            } else if (f.warnings() > 0) {
                warnings++;
            } else if (f.infos() > 0) {
                infos++;
            } else {
                clean++;
            }
        }
        int[] values = {errors, warnings, infos, clean, notChecked, s.totals().inputErrors()};
        String[] labels = {"有错误", "仅有警告", "仅有提示", "未发现问题", NOT_CHECKED + "（预算规则未适用）", "无法审核"};
        int max = java.util.Arrays.stream(values).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            bars.add(new Bar(labels[i], labels[i], values[i], percent(values[i], max)));
        }
        return bars;
    }

    private static int percent(int value, int max) {
        return max == 0 ? 0 : Math.max(value > 0 ? 1 : 0, (int) Math.round(100.0 * value / max));
    }

    static String chineseDate(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
