<#--
  SR002 收入合计 = 支出合计（收支平衡）
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit (printed digits, "" when
  absent), outcome (PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA), outcomeLabel.
  Args used: origin (说明文字 or the table title), other (the right-hand figure as printed, with its own unit), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA). computed = the right-hand figure in the unit of stated.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>收入合计${stated}${unit}与支出合计${other!(computed + unit)}相等，收支平衡。<#break>
<#case "ROUNDING"><@c.from/>收入合计${stated}${unit}，支出合计${other!(computed + unit)}，相差${difference}${unit}，属四舍五入尾差，可视为收支平衡。<#break>
<#case "TRUNCATION"><@c.from/>收入合计${stated}${unit}，支出合计${other!(computed + unit)}，两者之一系将精确数截断而非四舍五入所得，相差${difference}${unit}。<#break>
<#default><@c.from/>收入合计${stated}${unit}，支出合计${computed}${unit}，收支不平衡：${stated} − ${computed} = ${difference}${unit}。<#break>
</#switch>
