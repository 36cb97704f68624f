<#--
  JX001 绩效目标涉及金额 ≤ 项目支出. stated = 绩效目标涉及金额, computed = 项目支出 in its unit.
  Args: origin, other (项目支出 as printed), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>绩效目标涉及金额${stated}${unit}，不超过项目支出${other!(computed + unit)}。<#break>
<#case "ROUNDING"><@c.from/>绩效目标涉及金额${stated}${unit}，项目支出${other!(computed + unit)}，仅在四舍五入区间内不超过。<#break>
<#default><@c.from/>绩效目标涉及金额${stated}${unit}，大于项目支出${other!(computed + unit)}，超出${difference}${unit}，请核实口径。<#break>
</#switch>
