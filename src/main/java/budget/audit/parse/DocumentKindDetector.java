package budget.audit.parse;

import budget.audit.model.BudgetTable;
import budget.audit.model.DocumentKind;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a 预算 disclosure from a 决算 disclosure (final accounts) and from other documents (绩效评价报告, notices).
 * Evidence, strongest first: the title (the first prose lines: "2019年佛山市轨道交通局部门决算" against
 * "…2026年度部门预算情况说明"), then the tables' titles ("收入支出决算总表" against "收支预算总表"), then how often
 * the whole text names the document as a 决算 or a 预算. A budget's prose mentioning last year's 决算数 is not
 * enough: only names of the document or of its tables count (short lines that are not sentences). When nothing decides, the document is a budget.
 */
public final class DocumentKindDetector {

    /** How many prose lines from the start count as the title. */
    static final int TITLE_LINES = 12;
    /** Longer lines are sentences, not names (a table of contents entry with its dots and page fits). */
    static final int MAX_NAME_LENGTH = 60;

    private static final String LEVEL = "(部门|单位|年度|本级|汇总|区级|市级|省级|县级)";
    /** Names a 决算 document or table; last year's figures ("上年部门决算", "2023年决算数") do not. */
    private static final Pattern FINAL_NAME = Pattern.compile(
            "(?<!上年)(?<!上年度)(?<!上一年度)(?<!以前年度)" + LEVEL + "决算(?!数)|决算(公开|报告|报表|总表|表|情况)");
    private static final Pattern BUDGET_NAME = Pattern.compile(
            LEVEL + "预算(?!执行|绩效)|预算(公开|报告|报表|总表|表|\\d+表|情况说明)|预算信息公开");
    private static final Pattern OTHER_TITLE = Pattern.compile(
            "绩效(自评|评价)报告|(自评|评价)报告|通知$|公告$|通告$|^关于.{2,60}的(通知|公告|通告|决定|意见|批复|函)");
    private static final Pattern FINAL_TABLE = Pattern.compile("决算");
    private static final Pattern BUDGET_TABLE = Pattern.compile("预算");

    private DocumentKindDetector() {
    }

    public static DocumentKind detect(SourceDocument doc, List<BudgetTable> tables) {
        // only names count: headings, titles and list entries, not sentences (which may cite last year's 决算)
        List<String> prose = proseLines(doc).stream().filter(DocumentKindDetector::nameLike).toList();
        List<String> title = prose.subList(0, Math.min(TITLE_LINES, prose.size()));
        int titleFinal = count(title, FINAL_NAME);
        int titleBudget = count(title, BUDGET_NAME);
        if (titleFinal > 0 && titleBudget == 0) {
            return DocumentKind.FINAL_ACCOUNTS;
        }
        if (titleBudget > 0 && titleFinal == 0) {
            return DocumentKind.BUDGET;
        }
        int tableFinal = 0;
        int tableBudget = 0;
        for (BudgetTable t : tables) {
            String name = compact(t.title());
            if (FINAL_TABLE.matcher(name).find()) {
                tableFinal++;
            } else if (BUDGET_TABLE.matcher(name).find()) {
                tableBudget++;
            }
        }
        if (tableFinal >= 2 && tableFinal > 2 * tableBudget) {
            return DocumentKind.FINAL_ACCOUNTS;
        }
        if (tableBudget >= 2 && tableBudget > 2 * tableFinal) {
            return DocumentKind.BUDGET;
        }
        int textFinal = count(prose, FINAL_NAME);
        int textBudget = count(prose, BUDGET_NAME);
        if (textFinal >= 3 && textFinal > 2 * textBudget) {
            return DocumentKind.FINAL_ACCOUNTS;
        }
        if (textFinal == 0 && textBudget == 0 && tableFinal == 0 && tableBudget == 0
                && count(title, OTHER_TITLE) > 0) {
            return DocumentKind.OTHER;
        }
        return DocumentKind.BUDGET;
    }

    /** The text lines that are not table rows, compacted (no spaces), blank ones dropped. */
    static List<String> proseLines(SourceDocument doc) {
        List<String> out = new ArrayList<>();
        for (SourceLine l : doc.lines()) {
            String t = l.text();
            if (t == null || t.indexOf('\t') >= 0) {
                continue;
            }
            t = compact(t);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A line that can be a name: short, not a sentence (no "。", "，", "；"). */
    static boolean nameLike(String line) {
        return line.length() <= MAX_NAME_LENGTH && line.indexOf('。') < 0 && line.indexOf('，') < 0
                && line.indexOf('；') < 0 && line.indexOf(',') < 0;
    }

    private static int count(List<String> lines, Pattern p) {
        int n = 0;
        for (String l : lines) {
            if (p.matcher(l).find()) {
                n++;
            }
        }
        return n;
    }

    static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
