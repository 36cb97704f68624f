<#--
  XT002 表间同一数据一致
  Data model (budget.audit.rules.MessageModel): subject, stated (the first table's figure), computed (the other
  table's figure in the first one's unit), difference, unit, outcome.
  Args used: table, row, column, otherTable, otherRow, relation ("equal" or "atMost"), other (the other figure as
  printed), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${table!}“${row!}”${column!}${stated}${unit}，与${otherTable!}“${otherRow!}”${other!(computed + unit)}<#if relation! == "atMost">相衔接（不超过）<#else>一致</#if>。<#break>
<#case "ROUNDING">${table!}“${row!}”${column!}${stated}${unit}，${otherTable!}“${otherRow!}”为${other!(computed + unit)}，差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">${table!}“${row!}”${column!}${stated}${unit}，${otherTable!}“${otherRow!}”为${other!(computed + unit)}，系截断而非四舍五入所得。<#break>
<#default><#if relation! == "atMost">${table!}“${row!}”${column!}${stated}${unit}，超过${otherTable!}“${otherRow!}”所列${other!(computed + unit)}，超出${difference}${unit}；一般公共预算支出不应大于部门全部支出。<#else>${table!}“${row!}”${column!}${stated}${unit}，而${otherTable!}“${otherRow!}”为${other!(computed + unit)}（折合${computed}${unit}），相差${difference}${unit}。</#if><#break>
</#switch>
