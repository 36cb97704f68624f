package budget.audit.parse.table;

import budget.audit.model.TableKind;

/**
 * Recognizes a standard budget table's kind from its title and, where the title is not enough, its header. The
 * layout profiles' title rules ({@code kinds:}) come first: a regional or 决算 title the common rules below would
 * miss or misread.
 */
public final class TableKindClassifier {

    private TableKindClassifier() {
    }

    /**
     * @param title  the printed title (label, year and department may be included)
     * @param header the header text (all header cells joined), may be empty
     */
    public static TableKind classify(String title, String header) {
        String t = title.replaceAll("\\s+", "").replace('"', '“');
        String h = header == null ? "" : header.replaceAll("\\s+", "");
        for (LayoutProfiles.KindRule rule : LayoutProfiles.vocabulary().kinds()) {
            if (rule.matches(t)) {
                return rule.kind();
            }
        }
        if (t.contains("三公")) {
            return TableKind.SANGONG;
        }
        if (t.contains("绩效")) {
            return TableKind.PERFORMANCE;
        }
        if (t.contains("政府采购")) {
            return TableKind.PROCUREMENT;
        }
        if (t.contains("财政拨款收支")) {
            return TableKind.FISCAL_SUMMARY;
        }
        if (t.contains("收支")) {
            return TableKind.INCOME_EXPENDITURE_SUMMARY;
        }
        boolean summary = LayoutProfiles.vocabulary().summaryTitleWords().stream().anyMatch(t::contains);
        if (t.contains("收入") && summary) {
            return TableKind.INCOME_SUMMARY;
        }
        if (t.contains("政府性基金")) {
            return TableKind.GOVERNMENT_FUND;
        }
        if (t.contains("国有资本经营")) {
            return TableKind.STATE_CAPITAL;
        }
        if (t.contains("机关运行经费")) {
            return TableKind.OTHER; // 一般公共预算机关运行经费支出预算表: not the 一般公共预算支出表
        }
        if (t.contains("项目支出")) {
            return TableKind.PROJECT_EXPENDITURE;
        }
        boolean economic = t.contains("经济分类") || h.contains("经济分类") || h.contains("经济科目");
        boolean government = t.contains("政府预算支出经济分类") || t.contains("政府预算经济分类")
                || !t.contains("部门预算") && (h.contains("政府预算经济") || h.contains("政府预算支出经济"));
        if (t.contains("基本支出")) {
            return economic && government ? TableKind.GOVERNMENT_ECONOMIC : TableKind.BASIC_EXPENDITURE_ECONOMIC;
        }
        if (economic && government) {
            return TableKind.GOVERNMENT_ECONOMIC;
        }
        if (t.contains("支出") && summary) {
            return TableKind.EXPENDITURE_SUMMARY;
        }
        if (t.contains("一般公共预算") && t.contains("支出")) {
            return TableKind.GENERAL_BUDGET_EXPENDITURE;
        }
        return TableKind.OTHER;
    }
}
