<#--
  JS003 “三公”经费决算数不超过预算数，或说明超出原因
  Data model (budget.audit.rules.MessageModel): subject, stated (决算数), computed (预算数), difference, unit, outcome.
  Args: table, item, budget, actual (as printed), explained ("yes" when the prose gives the reason for an excess),
  missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if explained! == "yes">${table!}${item!}决算数${actual!}${unit}超过预算数${budget!}${unit}，说明中已说明决算数大于预算数的原因。<#else>${table!}${item!}决算数${actual!}${unit}，未超过预算数${budget!}${unit}。</#if><#break>
<#case "ROUNDING">${table!}${item!}决算数${actual!}${unit}与预算数${budget!}${unit}的差异在四舍五入范围内，不视为超支。<#break>
<#default>${table!}${item!}决算数${actual!}${unit}超过预算数${budget!}${unit}${difference}${unit}，说明中未见决算数大于预算数的原因。<#break>
</#switch>
