<#--
  YY003 增减表述与数值方向一致. Args: kind ("exceeds": an increase larger than this year's figure; "signed": a change
  word before a negative number; "level": 持平 beside a non-zero change), value, change, text, missing.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">说明文字中${value!""}处比上年增减的表述与数值方向一致。<#break>
<#case "ROUNDING">说明文字中比上年增减的表述与数值方向一致。<#break>
<#default><#switch kind!"">
<#case "exceeds">${subject}：本年为${value!""}，文中称比上年增加${change!""}，增加额大于本年数，意味着上年数为负数，表述自相矛盾（应为减少，或金额有误）。<#break>
<#case "signed">${subject}：文中写“${text!""}”，增减用语与负数同时使用，方向自相矛盾。<#break>
<#case "level">${subject}：${value!""}，文中既称与上年持平，又称比上年${change!""}，表述自相矛盾。<#break>
<#default>${subject}：比上年增减的表述与数值方向不一致。<#break>
</#switch><#break>
</#switch>
