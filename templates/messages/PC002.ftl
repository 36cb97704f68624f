<#--
  PC002 合计为100%的一组占比. Args: base (the named base), shares (each part with its printed share), bent (the shares
  moved to make the set add up to 100, with their computed values), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：${shares!""}，合计100%，与按金额计算的比重一致。<#break>
<#case "ROUNDING">${subject}：${shares!""}，合计100%，与按金额计算的比重一致（尾差）。<#break>
<#default>${subject}：${shares!""}，合计100%；其中${bent!""}与按金额计算的比重差末位一个单位，系为使各占比之和凑足100%而调整，属尾差处理，不作为差错，提请注意表述口径。<#break>
</#switch>
