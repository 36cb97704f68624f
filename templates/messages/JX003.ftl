<#--
  JX003 Σ 项目绩效目标表 project funds ≤ 项目支出. stated = 项目支出, computed = Σ project funds in its unit,
  difference = 项目支出 − Σ. Args: count, origin, excess (Σ − 项目支出), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：绩效目标表所列${count!""}个项目的资金之和${computed}${unit}，不超过<@c.from/>项目支出${stated}${unit}。<#break>
<#case "ROUNDING">${subject}：绩效目标表所列${count!""}个项目的资金之和${computed}${unit}，与<@c.from/>项目支出${stated}${unit}相比仅在四舍五入区间内不超过。<#break>
<#default>${subject}：绩效目标表所列${count!""}个项目的资金之和${computed}${unit}，大于<@c.from/>项目支出${stated}${unit}，超出${excess!""}${unit}，请核实口径。<#break>
</#switch>
