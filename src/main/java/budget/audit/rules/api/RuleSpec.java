package budget.audit.rules.api;

/**
 * A catalogue entry: the metadata of a rule (the check itself is code, see {@link Rule}).
 *
 * @param id          fixed id, e.g. SG001 (a contract: never renamed)
 * @param title       名称, in Chinese
 * @param category    类别: 表内 / 表间 / 表文 / 文内 / 完整性 / 合理性
 * @param severity    default severity of its findings
 * @param description what it checks, in Chinese
 * @param basis       依据: legal basis or definition, in Chinese
 * @param example     an example of a defect it finds, in Chinese
 */
public record RuleSpec(String id, String title, String category, Severity severity, String description,
                       String basis, String example) {
}
