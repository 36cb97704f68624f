<#--
  XT001 说明文字与表格同一数据一致
  Data model (budget.audit.rules.MessageModel): subject, stated (the prose figure), computed (the table figure in
  the prose's unit), difference, unit, outcome.
  Args used: name (the quantity), table (the table's reference), other (the table figure as printed, with its
  unit), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">说明文字所列${name!subject}${stated}${unit}，与${table!"表格"}所列${other!(computed + unit)}一致。<#break>
<#case "ROUNDING">说明文字所列${name!subject}${stated}${unit}，${table!"表格"}所列${other!(computed + unit)}，差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">说明文字所列${name!subject}${stated}${unit}，${table!"表格"}所列${other!(computed + unit)}；文字数字系截断而非四舍五入所得，建议按四舍五入列示。<#break>
<#default>说明文字所列${name!subject}${stated}${unit}，而${table!"表格"}所列为${other!(computed + unit)}（折合${computed}${unit}），相差${difference}${unit}。<#break>
</#switch>
