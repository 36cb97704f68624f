<#--
  XH001 细化程度. Args: required (the depth the table must reach), deepest (the deepest level it prints), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：已细化到${deepest!""}，符合要求。<#break>
<#case "ROUNDING">${subject}：细化程度符合要求。<#break>
<#default>${subject}：最细只列到${deepest!""}，未细化到${required!""}；部门预算公开表格应按要求细化列示。<#break>
</#switch>
