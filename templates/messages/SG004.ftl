<#--
  SG004 “三公”经费各项 ≥ 基本支出经济分类表对应科目
  Data model (budget.audit.rules.MessageModel): subject, stated (the economic line), computed (the “三公” item in
  the line's unit), difference (line − item), unit, outcome.
  Args used: table, row (the economic line), name (the “三公” item), origin (where the “三公” item was read),
  other (the “三公” item as printed), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${table!}“${row!}”${stated}${unit}，未超过${origin!}所列${name!}${other!(computed + unit)}。<#break>
<#case "ROUNDING">${table!}“${row!}”${stated}${unit}，${origin!}所列${name!}${other!(computed + unit)}，仅在四舍五入范围内不超过，不视为问题。<#break>
<#default>${table!}“${row!}”${stated}${unit}，而${origin!}所列${name!}仅${other!(computed + unit)}，基本支出中的该科目超出“三公”经费${difference}${unit}；“三公”经费应包括基本支出中的相应支出，请核实。<#break>
</#switch>
