package budget.audit.bench;

/** The prose phrasings the generator writes, each modelled on a family of real disclosures. */
public enum FilingStyle {
    /** 部门预算 with numbered sections, "其中：…万元、…万元", figures with thousands separators. */
    DEPARTMENT,
    /** 单位预算 公开说明 with "第一部分/第二部分", shares in percent, figures without trailing zeros. */
    UNIT,
    /** "（一）收入预算：年初预算数 … 万元" outline with spaced figures, 机关运行经费 as numbered items. */
    OUTLINE
}
