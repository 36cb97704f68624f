<#--
  JS001 决算收支平衡：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余
  Data model (budget.audit.rules.MessageModel): subject, stated (年末结转和结余), computed (年初 + 本年收入 − 本年支出),
  difference, unit, outcome. Args: table, fund (一般公共预算 … or ""), opening, income, expenditure, closing (as
  printed), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#assign what><#if fund?has_content>${fund}财政拨款</#if></#assign>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：${what}年初结转和结余${opening!"（未列）"}${unit} + 本年收入${income!}${unit} − 本年支出${expenditure!}${unit} = ${computed}${unit}，与所列年末结转和结余一致（决算数）。<#break>
<#case "ROUNDING">${subject}：${what}年初结转和结余${opening!"（未列）"}${unit} + 本年收入${income!}${unit} − 本年支出${expenditure!}${unit} = ${computed}${unit}，所列年末结转和结余${stated}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#break>
<#default>${subject}：${what}年初结转和结余${opening!"（未列）"}${unit}加本年收入${income!}${unit}、减本年支出${expenditure!}${unit}应为${computed}${unit}，而所列年末结转和结余为${stated}${unit}，相差${difference}${unit}，年初结转和结余 + 本年收入 ≠ 本年支出 + 年末结转和结余（决算数）。<#break>
</#switch>
