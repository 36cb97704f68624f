package budget.audit.model;

/**
 * The typed roles of the rows and columns of a 决算 balance (收入支出决算总表, 财政拨款收入支出决算总表,
 * 政府性基金预算财政拨款收入支出决算表): 年初结转和结余 + 本年收入 (+ 用事业基金弥补收支差额) = 本年支出 (+ 结余分配)
 * + 年末结转和结余, and the 总计 of either side. Which printed labels play which role is data
 * (profiles/final-accounts.yaml); a label playing none is not read as any of them.
 */
public enum AccountRole {
    OPENING_BALANCE("年初结转和结余"),
    YEAR_INCOME("本年收入"),
    FUND_DRAWDOWN("用事业基金弥补收支差额"),
    YEAR_EXPENDITURE("本年支出"),
    SURPLUS_DISTRIBUTION("结余分配"),
    CLOSING_BALANCE("年末结转和结余"),
    GRAND_TOTAL("总计");

    private final String label;

    AccountRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
