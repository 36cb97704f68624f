package budget.audit.model;

/**
 * What a document is: a 预算 disclosure (the rules are written for these), a 决算 disclosure (final accounts:
 * 部门决算, 收入支出决算总表, 决算数 ...), or something else (绩效评价报告, notices ...). Until 决算 has rules of its
 * own, only a BUDGET filing is audited.
 */
public enum DocumentKind {
    BUDGET("预算公开"),
    FINAL_ACCOUNTS("决算公开"),
    OTHER("其他文件");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
