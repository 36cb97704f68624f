<#--
  CG002 面向中小企业预留 ≤ 政府采购预算; 小微企业预留 ≤ 中小企业预留; the stated shares of each recomputed.
  Args: kind ("sme" / "small": the bounds; "smeShare" / "smallShare": the shares), part, bound (bounds);
  percent, part, base, ratio (shares); missing, reason.
-->
<#import "_common.ftl" as c>
<#assign k = kind!"">
<#if outcome == "NOT_APPLICABLE"><@c.notApplicable/><#elseif outcome == "INSUFFICIENT_DATA"><@c.insufficient/><#elseif k == "smeShare" || k == "smallShare"><#switch outcome>
<#case "PASS">${subject}：${part!} ÷ ${base!} = ${ratio!}，与所述${percent!}一致。<#break>
<#case "ROUNDING">${subject}：${part!} ÷ ${base!} = ${ratio!}，所述${percent!}的差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">${subject}：${part!} ÷ ${base!} = ${ratio!}，所述${percent!}为截断而非四舍五入，不视为错误。<#break>
<#default>${subject}：文中称${percent!}，而按所列金额${part!} ÷ ${base!}计算为${ratio!}，两者不符。<#break>
</#switch><#else><#switch outcome>
<#case "PASS">${subject}：${part!""}，不超过<#if k == "sme">政府采购预算总额<#else>面向中小企业预留金额</#if>${bound!""}。<#break>
<#case "ROUNDING">${subject}：${part!""}，与<#if k == "sme">政府采购预算总额<#else>面向中小企业预留金额</#if>${bound!""}仅差尾数，属四舍五入尾差。<#break>
<#default>${subject}：${part!""}，超过<#if k == "sme">政府采购预算总额<#else>面向中小企业预留金额</#if>${bound!""}，超出${difference}${unit}；预留金额是其中的一部分，不应大于总额。<#break>
</#switch></#if>
