<#--
  XT003 说明文字前后表述一致
  Data model (budget.audit.rules.MessageModel): subject, stated (the first statement), computed (the later
  statement in the first one's unit), difference, unit, outcome.
  Args used: name (the quantity), firstLine, laterLine (line numbers), other (the later figure as printed),
  missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">说明文字前后所列${name!subject}均为${stated}${unit}，一致。<#break>
<#case "ROUNDING">说明文字所列${name!subject}${stated}${unit}，另处为${other!(computed + unit)}，差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">说明文字所列${name!subject}${stated}${unit}，另处为${other!(computed + unit)}，系截断而非四舍五入所得。<#break>
<#default>说明文字<#if firstLine??>第${firstLine?c}行</#if>所列${name!subject}为${stated}${unit}，<#if laterLine?? && laterLine != firstLine!0>第${laterLine?c}行<#else>同段</#if>又称${other!(computed + unit)}，同一数据前后不一致，相差${difference}${unit}。<#break>
</#switch>
