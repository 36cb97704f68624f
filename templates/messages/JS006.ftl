<#--
  JS006 绩效自评涉及资金占项目支出比例重算
  Data model (budget.audit.rules.MessageModel): subject, stated (the share), computed, difference, unit, outcome.
  Args: table, percent, part (涉及资金), base (项目支出决算数), ratio, missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">绩效自评涉及资金${part!}，占一般公共预算项目支出（${table!}项目支出决算数${base!}）的${ratio!}，与所述${percent!}一致。<#break>
<#case "ROUNDING">绩效自评涉及资金${part!} ÷ ${table!}项目支出决算数${base!} = ${ratio!}，所述${percent!}的差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">绩效自评涉及资金${part!} ÷ ${table!}项目支出决算数${base!} = ${ratio!}，所述${percent!}为截断而非四舍五入。<#break>
<#default>说明称绩效自评涉及资金${part!}，占一般公共预算项目支出总额的${percent!}；而${table!}所列项目支出决算数为${base!}，${part!} ÷ ${base!} = ${ratio!}，与所述不符（如涉及资金按项目全年预算数计，应注明口径）。<#break>
</#switch>
