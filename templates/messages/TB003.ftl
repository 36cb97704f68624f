<#--
  TB003 收支总表：收入总计 = 支出总计；财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit, outcome.
  Args used: table, relation ("balance" for 收入总计 vs 支出总计, else the sum in words), row, column, parts,
  other (支出总计 as printed), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if relation! == "balance">${table!}收入总计${stated}${unit}，与支出总计一致。<#else>${table!}“${row!}”${stated}${unit}，与${relation!}一致。</#if><#break>
<#case "ROUNDING"><#if relation! == "balance">${table!}收入总计${stated}${unit}，支出总计${other!(computed + unit)}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#else>${table!}“${row!}”${stated}${unit}，${relation!}为${computed}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。</#if><#break>
<#default><#if relation! == "balance">${table!}收入总计${stated}${unit}，而支出总计为${other!(computed + unit)}，相差${difference}${unit}，收支不平衡。<#else>${table!}“${row!}”${stated}${unit}，而${relation!}为${computed}${unit}<#if parts?has_content>（${parts}）</#if>，相差${difference}${unit}。</#if><#break>
</#switch>
