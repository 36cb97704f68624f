<#--
  PC001 百分比与所依据的金额一致. stated = the percentage (signed), computed = recomputed percentage.
  Args: percent (as printed), formula (the computation), ratio (recomputed, with %).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：文中${percent!(stated + "%")}，按所列金额计算（${formula!""}）为${ratio!(computed + "%")}，一致。<#break>
<#case "ROUNDING">${subject}：文中${percent!(stated + "%")}，按所列金额计算（${formula!""}）为${ratio!(computed + "%")}，在四舍五入区间内。<#break>
<#case "TRUNCATION">${subject}：文中${percent!(stated + "%")}，按所列金额计算（${formula!""}）为${ratio!(computed + "%")}；文中百分比系截断而非四舍五入所得，建议按四舍五入列示。<#break>
<#default>${subject}：文中称${percent!(stated + "%")}，而按所列金额计算（${formula!""}）为${ratio!(computed + "%")}，超出四舍五入区间。<#break>
</#switch>
