<#--
  CG002 面向中小企业预留 ≤ 政府采购预算; 小微企业预留 ≤ 中小企业预留. Args: kind ("sme" / "small"), part, bound, missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：${part!""}，不超过<#if (kind!"") == "sme">政府采购预算总额<#else>面向中小企业预留金额</#if>${bound!""}。<#break>
<#case "ROUNDING">${subject}：${part!""}，与<#if (kind!"") == "sme">政府采购预算总额<#else>面向中小企业预留金额</#if>${bound!""}仅差尾数，属四舍五入尾差。<#break>
<#default>${subject}：${part!""}，超过<#if (kind!"") == "sme">政府采购预算总额<#else>面向中小企业预留金额</#if>${bound!""}，超出${difference}${unit}；预留金额是其中的一部分，不应大于总额。<#break>
</#switch>
