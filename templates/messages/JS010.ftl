<#--
  JS010 决算数与年初预算数差异较大的，说明原因
  Data model (budget.audit.rules.MessageModel): subject, outcome. Args: sentence (as read, spaces removed), budget,
  actual (as printed with unit), rate (决算数 ÷ 年初预算数, or "预算数为0"), share (the threshold), beyond ("yes"
  when the difference exceeds it), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if beyond! == "yes">“${sentence!}”：决算数${actual!}为年初预算数${budget!}的${rate!}，差异超过${share!}，说明中已说明原因。<#else>“${sentence!}”：决算数${actual!}与年初预算数${budget!}的差异未超过${share!}。</#if><#break>
<#default>“${sentence!}”：决算数${actual!}<#if rate! == "预算数为0">而年初预算数为0<#else>为年初预算数${budget!}的${rate!}</#if>，差异超过${share!}，说明中未见差异原因。<#break>
</#switch>
