<#--
  ZC005 说明所列项目金额 = 项目支出表该项目行. stated = the prose amount, computed = the row's figure in the prose's
  unit. Args: project (the row's name), table (the table's reference), column (the column compared), other (the
  table figure as printed), missing.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">说明文字所列项目“${project!""}”${stated}${unit}，与${table!"项目支出表"}该项目${column!""}${other!(computed + unit)}一致。<#break>
<#case "ROUNDING">说明文字所列项目“${project!""}”${stated}${unit}，${table!"项目支出表"}该项目${column!""}${other!(computed + unit)}，差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">说明文字所列项目“${project!""}”${stated}${unit}，${table!"项目支出表"}该项目${column!""}${other!(computed + unit)}；文字数字系截断而非四舍五入所得，建议按四舍五入列示。<#break>
<#default>说明文字所列项目“${project!""}”${stated}${unit}，而${table!"项目支出表"}该项目${column!""}为${other!(computed + unit)}（折合${computed}${unit}），相差${difference}${unit}。<#break>
</#switch>
