<#--
  Completeness: the prose explains the required items. Args: items (what is required), missingItems (what is
  missing, FAIL), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：已说明${items!"所需内容"}。<#break>
<#case "ROUNDING">${subject}：已说明${items!"所需内容"}。<#break>
<#default>${subject}：未说明${missingItems!items!"所需内容"}。<#break>
</#switch>
