package budget.audit.parse.prose;

import budget.audit.model.FilingKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads department name, budget year and kind from the prose: a labelled line ("预算主管部门：…"), a title line
 * (the name alone, or "…（本级）2023年单位预算情况说明"), or phrases such as "纳入…2023年部门预算编制范围" and
 * "…办公室内设8个职能处室".
 */
public final class HeaderReader {

    private static final String ORG_SUFFIX = "(办公室|办事处|委员会|政府|局|委|中心|厅|院|部|馆|所|站|会|处|队|校|社|团)";
    private static final String ORG = "[\\u4e00-\\u9fa5（）()]{2,40}?" + ORG_SUFFIX + "(（本级）|\\(本级\\))?";
    private static final Pattern LABELLED = Pattern.compile(
            "^(预算主管部门|主管部门|编制部门|编制单位|部门名称|单位名称|预算单位名称|预算\\(单位\\)名称)[：:](\\d+-)?(?<org>.+)$");
    private static final Pattern ORG_ONLY = Pattern.compile("^(?<org>" + ORG + ")$");
    private static final Pattern TITLE = Pattern.compile("^(?<org>" + ORG + ")\\d{4}年度?.{0,6}(部门|单位)(预算|决算)");
    /** "2019年佛山市轨道交通局部门决算": the year before the organisation. */
    private static final Pattern YEAR_FIRST_TITLE =
            Pattern.compile("^\\d{4}年度?(?<org>" + ORG + ")(部门|单位)(预算|决算)");
    private static final Pattern INCLUDED = Pattern.compile("纳入(?<org>" + ORG + ")\\d{4}年度?(部门|单位)?预算");
    private static final Pattern OPENING = Pattern.compile("^(?<org>" + ORG + ")(内设|贯彻|是主管|是本|主要职能|的主要职责|机构设置)");
    private static final Pattern BUDGET_YEAR = Pattern.compile("(\\d{4})年度?(区级|市级|县级|省级)?(部门|单位)预算");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![与比较至到止截])(\\d{4})年(?![底末]|\\d{1,2}月)");
    private static final Pattern KIND = Pattern.compile("(部门|单位)(预算|决算)");
    private static final int TITLE_PARAGRAPHS = 12;

    private HeaderReader() {
    }

    public static FilingHeader read(List<Paragraph> paragraphs) {
        return new FilingHeader(department(paragraphs), year(paragraphs), kind(paragraphs));
    }

    static String department(List<Paragraph> paragraphs) {
        List<Paragraph> head = paragraphs.subList(0, Math.min(TITLE_PARAGRAPHS, paragraphs.size()));
        for (Paragraph p : head) {
            String org = firstOrg(p.text(), LABELLED, ORG_ONLY, TITLE, YEAR_FIRST_TITLE);
            if (org != null) {
                return org;
            }
        }
        for (Pattern pattern : List.of(LABELLED, INCLUDED, OPENING)) {
            for (Paragraph p : paragraphs) {
                String org = firstOrg(p.text(), pattern);
                if (org != null) {
                    return org;
                }
            }
        }
        return null;
    }

    private static String firstOrg(String text, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String org = m.group("org").trim();
                if (!org.isEmpty() && org.length() <= 50) {
                    return org;
                }
            }
        }
        return null;
    }

    private static final Pattern CELL_LABEL = Pattern.compile(
            "^(部门|部门名称|单位名称|预算单位|编制部门|编制单位|主管部门)[：:]\\s*(\\d+-)?(?<org>.*)$");

    /**
     * The department a table header names ("部门：\t江苏省…办公厅\t单位：万元", "部门名称：XX局"): for a file holding
     * only tables, whose prose gives no name. The most frequent name among the table lines; null when none.
     */
    public static String departmentInTables(List<budget.audit.model.SourceLine> lines) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (budget.audit.model.SourceLine l : lines) {
            String t = l.text();
            if (t == null || t.indexOf('\t') < 0) {
                continue;
            }
            String[] cells = t.split("\t");
            for (int i = 0; i < cells.length; i++) {
                Matcher m = CELL_LABEL.matcher(cells[i].strip());
                if (!m.matches()) {
                    continue;
                }
                String org = m.group("org").strip();
                if (org.isEmpty() && i + 1 < cells.length) {
                    org = cells[i + 1].strip();
                }
                if (ORG_ONLY.matcher(org.replaceAll("\\s+", "")).matches()) {
                    counts.merge(org.replaceAll("\\s+", ""), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static Integer year(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            Matcher m = BUDGET_YEAR.matcher(p.text());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (Paragraph p : paragraphs) {
            Matcher m = ANY_YEAR.matcher(p.text());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= 1990 && y <= 2100) {
                    counts.merge(y, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    static FilingKind kind(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            Matcher m = KIND.matcher(p.text());
            if (m.find()) {
                return m.group(1).equals("部门") ? FilingKind.DEPARTMENT : FilingKind.UNIT;
            }
        }
        return FilingKind.UNKNOWN;
    }
}
