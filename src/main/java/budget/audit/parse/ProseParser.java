package budget.audit.parse;

import budget.audit.ingest.InputException;
import budget.audit.model.BudgetFiling;
import budget.audit.model.SourceDocument;
import budget.audit.parse.prose.AssetLocator;
import budget.audit.parse.prose.ExpenditureLocator;
import budget.audit.parse.prose.FactSink;
import budget.audit.parse.prose.FilingHeader;
import budget.audit.parse.prose.FiscalLocator;
import budget.audit.parse.prose.FunctionClassLocator;
import budget.audit.parse.prose.HeaderReader;
import budget.audit.parse.prose.IncomeLocator;
import budget.audit.parse.prose.ItemLocator;
import budget.audit.parse.prose.JyLocator;
import budget.audit.parse.prose.Locator;
import budget.audit.parse.prose.Mention;
import budget.audit.parse.prose.MentionScanner;
import budget.audit.parse.prose.Paragraph;
import budget.audit.parse.prose.PerformanceLocator;
import budget.audit.parse.prose.ProcurementLocator;
import budget.audit.parse.prose.ProseContext;
import budget.audit.parse.prose.ProseText;
import budget.audit.parse.prose.SanGongLocator;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the prose (情况说明) of a budget disclosure into a {@link BudgetFiling}: department, year, kind and every
 * stated quantity as a prose {@link budget.audit.model.Fact} with its line. Table rows (lines with TAB) are
 * skipped; the filing's tables list is empty (tables are read elsewhere).
 */
public final class ProseParser {

    /** Order matters: a figure used by one locator is not taken by a later one (“三公” before 机关运行经费 items ...). */
    private static final List<Locator> LOCATORS = List.of(
            new SanGongLocator(), new JyLocator(), new ProcurementLocator(), new IncomeLocator(),
            new FiscalLocator(), new ExpenditureLocator(), new FunctionClassLocator(), new AssetLocator(),
            new PerformanceLocator(), new ItemLocator());

    private static final java.util.regex.Pattern TABLE_NUMBER =
            java.util.regex.Pattern.compile("(^|\t)-?\\d+(\\.\\d+)?(\t|$)");

    public BudgetFiling parse(SourceDocument doc) throws InputException {
        List<Paragraph> paragraphs = ProseText.of(doc.lines()).paragraphs();
        FilingHeader header = HeaderReader.read(paragraphs);
        MentionScanner scanner = new MentionScanner(header.year());
        List<Mention> mentions = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            budget.audit.model.Interruption.check();
            mentions.addAll(scanner.scan(p));
        }
        rejectIfNotABudget(doc, paragraphs, mentions);
        ProseContext context = new ProseContext(doc.fileName(), header.year(), paragraphs, mentions);
        FactSink sink = new FactSink(doc.fileName());
        for (Locator locator : LOCATORS) {
            budget.audit.model.Interruption.check();
            locator.locate(context, sink);
        }
        return new BudgetFiling(doc, header.department(), header.year(), header.kind(), sink.facts(), List.of(),
                sink.issues());
    }

    private static void rejectIfNotABudget(SourceDocument doc, List<Paragraph> paragraphs, List<Mention> mentions)
            throws InputException {
        // a 决算 (final accounts) disclosure is a budget disclosure too: "决算" counts as the wording
        boolean budgetWording = paragraphs.stream().anyMatch(p -> p.text().contains("预算") || p.text().contains("决算"))
                || doc.lines().stream().anyMatch(l -> l.text() != null
                && (l.text().contains("预算") || l.text().contains("决算")));
        if (!budgetWording) {
            throw new InputException(doc.fileName(), "不是预算公开文件：文中没有“预算”字样");
        }
        boolean amounts = mentions.stream().anyMatch(Mention::isMoney)
                || doc.lines().stream().anyMatch(l -> l.text() != null && l.text().indexOf('\t') >= 0
                && TABLE_NUMBER.matcher(l.text()).find());
        if (!amounts) {
            throw new InputException(doc.fileName(), "不是预算公开文件：说明文字中没有可识别的预算金额");
        }
    }
}
