<#--
  UN002 增减额单位与所比较的金额一致. Args: kind ("belowStep": a change in 元 below the figure's last printed digit;
  "exceeds": an increase in 万元 larger than the figure itself), printed, intended, value, step, share, missing.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">说明文字中${value!""}处比上年增减额的单位与所比较的金额相符。<#break>
<#case "ROUNDING">说明文字中比上年增减额的单位与所比较的金额相符。<#break>
<#default><#if (kind!"") == "belowStep">${subject}：文中印为“${printed!""}”，而本年数${value!""}只精确到${step!""}，按所印单位，增减额小于本年数末位的一个单位，不可能如此列示；读作${intended!""}（为本年数的${share!""}）则合乎常理，单位疑为笔误，请核实。<#else>${subject}：文中印为“${printed!""}”，大于本年数${value!""}本身（上年数将为负数）；读作${intended!""}（为本年数的${share!""}）则合乎常理，单位疑为笔误，请核实。</#if><#break>
</#switch>
