<#--
  JY004 机关运行经费应列明细
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit (printed digits, "" when
  absent), outcome (PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA), outcomeLabel.
  Args used: origin (说明文字 or the table title), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>机关运行经费<#if stated?has_content>${stated}${unit}</#if>，已列明具体构成。<#break>
<#default><@c.from/>机关运行经费<#if stated?has_content>${stated}${unit}</#if>，但未列明具体构成（办公费、印刷费、差旅费等明细），建议补充说明。<#break>
</#switch>
