<#--
  JS009 基本支出（一般公共预算财政拨款支出决算表）= 人员经费合计 + 公用经费合计（基本支出决算表）
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit, outcome.
  Args used: table, row, column (the total column), relation (e.g. 基本支出与项目支出之和), parts (columns with
  amounts), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${table!}“${row!}”行${column!}${stated}${unit}，与${relation!"各列之和"}一致。<#break>
<#case "ROUNDING">${table!}“${row!}”行${column!}${stated}${unit}，${relation!"各列之和"}为${computed}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#break>
<#default>${table!}“${row!}”行${column!}${stated}${unit}，而${relation!"各列之和"}为${computed}${unit}<#if parts?has_content>（${parts}）</#if>，相差${difference}${unit}。<#break>
</#switch>
