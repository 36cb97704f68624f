<#--
  JS005 决算公开表格齐全
  Data model (budget.audit.rules.MessageModel): subject, outcome. Args: name (the standard table), missing
  (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">已公开${name!}。<#break>
<#default>未见${name!}：部门决算公开应包括该表（无数据的应公开空表并说明）。<#break>
</#switch>
