<#--
  ZC004 所列功能分类科目之和 = 财政拨款支出（一般公共预算支出）. Args: heading (the list's heading as printed), count (how
  many items), kind (the total's name), origin, missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：“${heading!""}”所列${count!""}个科目之和${computed}${unit}，与${kind!"合计"}${stated}${unit}一致。<#break>
<#case "ROUNDING">${subject}：“${heading!""}”所列${count!""}个科目之和${computed}${unit}，与${kind!"合计"}${stated}${unit}相差${difference}${unit}，属四舍五入尾差。<#break>
<#default>${subject}：“${heading!""}”所列${count!""}个科目之和为${computed}${unit}，而文中${kind!"合计"}为${stated}${unit}，相差${difference}${unit}<#if difference?starts_with("-")>，所列科目之和超过总额</#if>。<#break>
</#switch>
