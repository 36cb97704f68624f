<#--
  SR001 收入合计 = Σ 收入来源（含上年结转结余）
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit (printed digits, "" when
  absent), outcome (PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA), outcomeLabel.
  Args used: origin (说明文字 or the table title), partNames (names of the parts joined by 、), parts (parts with amounts), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>收入合计${stated}${unit}，与各项收入来源<#if parts?has_content>（${parts}）</#if>之和一致。<#break>
<#case "ROUNDING"><@c.from/>收入合计${stated}${unit}，各项收入来源<#if parts?has_content>（${parts}）</#if>之和为${computed}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#break>
<#default><@c.from/>收入合计${stated}${unit}，而各项收入来源<#if parts?has_content>（${parts}）</#if>之和为${computed}${unit}，相差${difference}${unit}。<#break>
</#switch>
