<#--
  JX002 项目绩效目标表: a listing's 合计 = Σ its projects (kind "listing"), the prose's 绩效目标涉及金额 = Σ the project
  funds of the tables when the prose's project count equals the number of projects listed (kind "prose").
  stated = the total, computed = Σ project funds. Args: kind, count, table, parts, missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if kind! == "listing">${subject}${stated}${unit}，与所列${count!""}个项目金额之和一致。<#else>${subject}：说明所称${stated}${unit}与绩效目标表所列${count!""}个项目的资金之和一致。</#if><#break>
<#case "ROUNDING"><#if kind! == "listing">${subject}${stated}${unit}，与所列${count!""}个项目金额之和${computed}${unit}仅差尾数。<#else>${subject}：说明所称${stated}${unit}与绩效目标表所列${count!""}个项目的资金之和${computed}${unit}仅差尾数。</#if><#break>
<#default><#if kind! == "listing">${subject}为${stated}${unit}，而所列${count!""}个项目（${parts!""}）之和为${computed}${unit}，相差${difference}${unit}。<#else>${subject}：说明称实行绩效目标管理的${count!""}个项目涉及资金${stated}${unit}，而绩效目标表所列${count!""}个项目（${parts!""}）的资金之和为${computed}${unit}，相差${difference}${unit}。</#if><#break>
</#switch>
