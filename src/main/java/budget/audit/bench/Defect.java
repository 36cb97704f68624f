package budget.audit.bench;

/**
 * A defect the generator can inject, named by the rule expected to fail on it. Each changes one stated figure so
 * that exactly that rule's identity breaks, by far more than any rounding.
 */
public enum Defect {
    /** “三公”合计 ≠ 分项之和. */
    SG001(false),
    /** 公务用车购置及运行费 ≠ 购置费 + 运行费. */
    SG002(false),
    /** 支出合计 ≠ 基本支出 + 项目支出. */
    ZC001(false),
    /** 基本支出 ≠ 人员经费 + 公用经费. */
    ZC002(true),
    /** 支出合计 ≠ 功能分类各类之和. */
    ZC003(false),
    /** 收入合计 ≠ 各项收入之和. */
    SR001(true),
    /** 收入合计 ≠ 支出合计 (收支不平衡). */
    SR002(true),
    /** 机关运行经费 ≠ 明细之和. */
    JY001(true),
    /** 机关运行经费 > 公用经费. */
    JY002(true),
    /** 机关运行经费明细含人员经费项目. */
    JY003(true),
    /** 机关运行经费未列明细. */
    JY004(true),
    /** 政府采购合计 ≠ 货物 + 工程 + 服务. */
    CG001(true);

    private final boolean tableSafe;

    Defect(boolean tableSafe) {
        this.tableSafe = tableSafe;
    }

    /** Whether the defect touches no figure that the generated tables also show (so prose and tables agree). */
    public boolean tableSafe() {
        return tableSafe;
    }

    public String ruleId() {
        return name();
    }
}
