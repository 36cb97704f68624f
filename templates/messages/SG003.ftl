<#--
  SG003 “三公”经费增减额 = Σ 各分项增减额; 增减额 = 本年数 − 上年数
  Args: kind ("sum" / "previous"), origin, parts (parts' changes with amounts), current, previous, missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if (kind!"") == "previous">${subject}：比上年增减${stated}${unit}，与本年数${current!""}减上年数${previous!""}一致。<#else>${subject}：${stated}${unit}，与各分项增减额（${parts!""}）之和一致。</#if><#break>
<#case "ROUNDING">${subject}：${stated}${unit}，计算数${computed}${unit}，相差${difference}${unit}，属四舍五入尾差。<#break>
<#default><#if (kind!"") == "previous">${subject}：文中称比上年增减${stated}${unit}，而本年数${current!""}减上年数${previous!""}为${computed}${unit}，相差${difference}${unit}。<#else>${subject}：文中称${stated}${unit}，而各分项增减额（${parts!""}）之和为${computed}${unit}，相差${difference}${unit}。</#if><#break>
</#switch>
