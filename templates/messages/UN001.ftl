<#--
  UN001 金额单位与上下文一致. Args: printed (the amount as printed), intended (the same digits in the unit the context
  needs), total (the total it belongs to), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">说明文字中的金额单位与上下文一致（核对了${total!"合计与分项"}）。<#break>
<#case "ROUNDING">说明文字中的金额单位与上下文一致。<#break>
<#default>${subject}：文中印为“${printed!(stated + unit)}”，但按此单位${total!"合计"}与各分项不能平衡；读作${intended!"另一单位"}即可平衡，单位疑为笔误。<#break>
</#switch>
