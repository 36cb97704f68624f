<#--
  WZ009 空表说明. Args: kind ("missing" / "hasFigures" / "wrongFund"), note (the table's note), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">各空表均附有空表说明，且说明与表格相符。<#break>
<#case "ROUNDING">各空表均附有空表说明。<#break>
<#default><#switch kind!"missing"><#case "hasFigures">${subject}：表中列有数据，却注明“${note!""}”，说明与表格矛盾。<#break><#case "wrongFund">${subject}：空表说明“${note!""}”所称资金与本表不符。<#break><#default>${subject}：本表无数据，但未附空表说明。</#switch><#break>
</#switch>
