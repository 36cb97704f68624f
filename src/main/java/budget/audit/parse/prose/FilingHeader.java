package budget.audit.parse.prose;

import budget.audit.model.FilingKind;

/** Who filed, for which budget year, and whether it is a 部门预算 or a 单位预算 (null / UNKNOWN when not found). */
public record FilingHeader(String department, Integer year, FilingKind kind) {
}
