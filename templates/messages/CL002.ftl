<#--
  CL002 车辆总数 = Σ 各类车辆数. Args: total (the total as printed), parts (each category with its count), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：共有${total!""}，与各类车辆（${parts!""}）之和一致。<#break>
<#case "ROUNDING">${subject}：共有${total!""}，与各类车辆之和一致。<#break>
<#default>${subject}：文中称共有${total!""}，而各类车辆（${parts!""}）之和为${computed}${unit}，相差${difference}${unit}。<#break>
</#switch>
