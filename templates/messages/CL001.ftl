<#--
  CL001 车辆数与公务用车经费. Args: kind ("noVehicles" / "purchase"), count (vehicles, or planned purchases), cost
  (the cost with its name and amount), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if (kind!"") == "purchase">安排公务用车购置费${cost!""}，并计划购置车辆${count!""}辆，相符。<#else>车辆数${count!stated}辆，与公务用车经费相符。</#if><#break>
<#case "ROUNDING">车辆数与公务用车经费相符。<#break>
<#default><#if (kind!"") == "purchase">安排公务用车购置费${cost!""}，但文件载明计划购置车辆${count!"0"}辆。<#else>单位车辆数为${count!stated}辆，却安排了${cost!"公务用车经费"}，请说明该经费的用途（如统一保障平台用车）。</#if><#break>
</#switch>
