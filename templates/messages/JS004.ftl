<#--
  JS004 政府采购实际支出：总额 = 货物 + 工程 + 服务；授予中小企业、小微企业合同金额的占比重算
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit, outcome.
  Args: what ("sum" for the total, else the share in words), parts (the three amounts as printed), percent, part,
  base, ratio (shares), missing (NOT_APPLICABLE).
-->
<#import "_common.ftl" as c>
<#if outcome == "NOT_APPLICABLE"><@c.notApplicable/><#elseif outcome == "INSUFFICIENT_DATA"><@c.insufficient/><#elseif what! == "sum"><#switch outcome>
<#case "PASS">政府采购支出总额${stated}${unit}，与${parts!}之和一致（决算数）。<#break>
<#case "ROUNDING">政府采购支出总额${stated}${unit}，${parts!}之和为${computed}${unit}，相差${difference}${unit}，属四舍五入尾差，不视为错误。<#break>
<#default>政府采购支出总额${stated}${unit}，而${parts!}之和为${computed}${unit}，相差${difference}${unit}。<#break>
</#switch><#else><#switch outcome>
<#case "PASS">${what!}：${part!} ÷ ${base!} = ${ratio!}，与所述${percent!}一致。<#break>
<#case "ROUNDING">${what!}：${part!} ÷ ${base!} = ${ratio!}，所述${percent!}的差异在四舍五入范围内，不视为错误。<#break>
<#case "TRUNCATION">${what!}：${part!} ÷ ${base!} = ${ratio!}，所述${percent!}为截断而非四舍五入。<#break>
<#default>${what!}：${part!} ÷ ${base!} = ${ratio!}，而所述为${percent!}，两者不符。<#break>
</#switch></#if>
