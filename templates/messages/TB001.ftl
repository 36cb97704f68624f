<#--
  TB001 表内科目层级：类 = Σ款，款 = Σ项，合计 = Σ类；科目编码前缀一致
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit, outcome.
  Args used: table, row, column, relation (e.g. 所属各款之和), parts (the child rows with amounts), parent (a
  misplaced code: the row it sits under), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${table!}“${row!}”${column!}列${stated}${unit}，与${relation!"下级科目之和"}一致。<#break>
<#case "ROUNDING">${table!}“${row!}”${column!}列${stated}${unit}，${relation!"下级科目之和"}为${computed}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#break>
<#default><#if parent?has_content>${table!}中科目“${row!}”列在“${parent}”之下，但编码不属于该科目，科目层级不一致。<#else>${table!}“${row!}”${column!}列${stated}${unit}，而${relation!"下级科目之和"}为${computed}${unit}<#if parts?has_content>（${parts}）</#if>，相差${difference}${unit}。</#if><#break>
</#switch>
