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
    OTHER("其他表"),
    /** A regional table: 财政拨款 spending by function (江苏 财政拨款支出预算表（功能科目）). */
    FISCAL_EXPENDITURE("财政拨款支出表", false),
    /** A regional table: 机关运行经费 by economic class (江苏 一般公共预算机关运行经费支出预算表). */
    OPERATING_EXPENSES("机关运行经费表", false),
    /** A regional table: 政府购买服务 items (北京 财政拨款政府购买服务明细表). */
    PURCHASED_SERVICES("政府购买服务表", false),
    /** A regional table: 专项业务经费 projects (陕西 部门综合预算专项业务经费支出表). */
    SPECIAL_PROJECT_FUNDS("专项业务经费表", false),
    /** A regional table: 财政拨款结转资金 spending (陕西 部门综合预算财政拨款结转资金支出表). */
    CARRYOVER_EXPENDITURE("财政拨款结转资金支出表", false),
    /**
     * A table of assets held or to be bought (国有资产占有使用情况表, 资产配置预算表, 新增资产配置表): counts and
     * values of assets, not spending; read for the counts it prints (单价100万元以上设备, CL003).
     */
    ASSETS("资产表", false);

    private final String label;
    private final boolean standard;

    TableKind(String label) {
        this(label, true);
    }

    TableKind(String label, boolean standard) {
        this.label = label;
        this.standard = standard;
    }

    public String label() {
        return label;
    }

    /**
     * True for the kinds of the standard table set a 部门预算 publishes (财预〔2016〕143号 and its regional
     * variants); false for 其他表, 绩效目标表, 项目支出表 and the regional tables of their own kind.
     */
    public boolean standard() {
        return standard && this != OTHER && this != PERFORMANCE && this != PROJECT_EXPENDITURE;
    }
}
