<#--
  KB001 空表说明所称资金与所在表格（说明）一致. Args: place (the table or prose section), own (its fund), named (the
  other fund the note names), note (the note's sentence), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">空表说明所称资金与所在表格或说明一致。<#break>
<#case "ROUNDING">空表说明所称资金与所在表格或说明一致。<#break>
<#default>${place!subject}是关于${own!""}预算的，其空表说明却称“${note!""}”，说的是${named!""}预算，未说明本表（本项）为何为空。<#break>
</#switch>
