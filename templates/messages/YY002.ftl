<#--
  YY002 财政拨款增减额 = 一般公共预算 + 政府性基金 + 国有资本经营预算 各自的增减额.
  Args: parts (each fund's change as the filing states it), unstated (funds whose change is not stated), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：${stated}${unit}，与各类资金增减额（${parts!""}）之和一致<#if unstated?has_content>（${unstated}未载明增减额）</#if>。<#break>
<#case "ROUNDING">${subject}：${stated}${unit}，各类资金增减额之和${computed}${unit}，相差${difference}${unit}，属四舍五入尾差。<#break>
<#default>${subject}：文中称${stated}${unit}，而各类资金增减额（${parts!""}）之和为${computed}${unit}，相差${difference}${unit}。财政拨款由一般公共预算、政府性基金和国有资本经营预算拨款构成，其增减额应等于三者增减额之和。<#break>
</#switch>
