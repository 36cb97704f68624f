<#--
  SG001 “三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit (printed digits, "" when
  absent), outcome (PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA), outcomeLabel.
  Args used: origin (说明文字 or the table title), partNames (names of the parts joined by 、), parts (parts with amounts), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>“三公”经费合计${stated}${unit}，与${partNames!"因公出国（境）费、公务用车购置及运行费、公务接待费"}之和一致。<#break>
<#case "ROUNDING"><@c.from/>“三公”经费合计${stated}${unit}，${partNames!"因公出国（境）费、公务用车购置及运行费、公务接待费"}之和为${computed}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#break>
<#default><@c.from/>“三公”经费合计${stated}${unit}，而${partNames!"因公出国（境）费、公务用车购置及运行费、公务接待费"}之和为${computed}${unit}，相差${difference}${unit}。<#break>
</#switch>
