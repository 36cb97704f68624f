<#--
  JY002 机关运行经费 ≤ 公用经费
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit (printed digits, "" when
  absent), outcome (PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA), outcomeLabel.
  Args used: origin (说明文字 or the table title), other (the right-hand figure as printed, with its own unit), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA). computed = the right-hand figure in the unit of stated.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>机关运行经费${stated}${unit}，未超过公用经费${other!(computed + unit)}。<#break>
<#case "ROUNDING"><@c.from/>机关运行经费${stated}${unit}，公用经费${other!(computed + unit)}，仅在四舍五入尾差范围内不超过公用经费，不视为错误。<#break>
<#default><@c.from/>机关运行经费${stated}${unit}，超过公用经费${computed}${unit}，超出${difference}${unit}；机关运行经费属于公用经费，不应大于公用经费。<#break>
</#switch>
