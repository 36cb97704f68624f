package budget.audit.model;

/** 部门预算 (a department with its units) or 单位预算 (one unit). */
public enum FilingKind {
    DEPARTMENT("部门预算"),
    UNIT("单位预算"),
    UNKNOWN("未识别");

    private final String label;

    FilingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
