package budget.audit.model;

/** The standard budget tables, identified by title and header. */
public enum TableKind {
    INCOME_EXPENDITURE_SUMMARY("收支总表"),
    INCOME_SUMMARY("收入总表"),
    EXPENDITURE_SUMMARY("支出总表"),
    FISCAL_SUMMARY("财政拨款收支总表"),
    GENERAL_BUDGET_EXPENDITURE("一般公共预算支出表"),
    BASIC_EXPENDITURE_ECONOMIC("基本支出经济分类表"),
    GOVERNMENT_ECONOMIC("政府预算支出经济分类表"),
    SANGONG("“三公”经费表"),
    GOVERNMENT_FUND("政府性基金预算支出表"),
    STATE_CAPITAL("国有资本经营预算支出表"),
    PROJECT_EXPENDITURE("项目支出表"),
    PERFORMANCE("绩效目标表"),
    PROCUREMENT("政府采购表"),
    OTHER("其他表");

    private final String label;

    TableKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
