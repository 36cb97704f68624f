<#--
  PH001 占位符与模板残留. Args: quote (the residue found), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">未发现占位符或模板残留。<#break>
<#case "ROUNDING">未发现占位符或模板残留。<#break>
<#default>${subject}：留有占位符或模板残留“${quote!""}”。<#break>
</#switch>
