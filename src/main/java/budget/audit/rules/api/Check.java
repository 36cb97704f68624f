package budget.audit.rules.api;

import budget.audit.model.Amount;
import budget.audit.model.Provenance;
import budget.audit.model.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One check a rule made, frozen. Its wording is not here: {@code messageKey} + {@code args} are rendered late
 * from the FreeMarker template {@code templates/messages/<messageKey>.ftl}.
 *
 * @param ruleId     the rule (SG001 ...)
 * @param outcome    PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA
 * @param subject    what was checked, in Chinese (e.g. "“三公”经费合计", "附件2 201 一般公共服务支出 基本支出")
 * @param stated     the stated value checked (a total), or null
 * @param computed   the value computed from the parts, in {@code unit}, or null
 * @param difference stated − computed in {@code unit}, or null
 * @param unit       unit of computed and difference (the stated value's unit), or null
 * @param messageKey template name (usually the rule id)
 * @param args       template arguments (strings, numbers, lists)
 * @param evidence   where every number came from: the stated value first, then the parts
 */
public record Check(String ruleId, Outcome outcome, String subject, Amount stated, BigDecimal computed,
                    BigDecimal difference, Unit unit, String messageKey, Map<String, Object> args,
                    List<Provenance> evidence) {

    public Check {
        args = args == null ? Map.of() : Map.copyOf(args);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
