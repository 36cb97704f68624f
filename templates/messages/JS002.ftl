<#--
  JS002 完成率重算：决算数 ÷ 预算数
  Data model (budget.audit.rules.MessageModel): subject, stated (the rate), computed, difference, unit, outcome.
  Args: sentence (the sentence as read, spaces removed), percent, part (决算数), base (预算数), ratio (recomputed),
  missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><#if sentence?has_content>“${sentence}”：${missing!}，未核对。<#else><@c.notApplicable/></#if><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">“${sentence!}”：决算数${part!} ÷ 预算数${base!} = ${ratio!}，与所述完成率${percent!}一致。<#break>
<#case "ROUNDING">“${sentence!}”：决算数${part!} ÷ 预算数${base!} = ${ratio!}，所述${percent!}的差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">“${sentence!}”：决算数${part!} ÷ 预算数${base!} = ${ratio!}，所述${percent!}为截断而非四舍五入。<#break>
<#default>“${sentence!}”：决算数${part!} ÷ 预算数${base!} = ${ratio!}，而所述完成率为${percent!}，两者不符。<#break>
</#switch>
