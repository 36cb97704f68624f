<#--
  YR001 比较年度与表名年度. Args: kind ("prose" / "table"), year (the year named), expected, quote, missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">比上年增减均与${expected!"上一"}年比较，表名年度与预算年度一致。<#break>
<#case "ROUNDING">比较年度无误。<#break>
<#default><#if (kind!"") == "table">${subject}：表名年度为${year!""}年，与文件预算年度${expected!""}年不一致。<#else>${subject}：“${quote!""}”与${year!""}年比较，比上年增减应与${expected!""}年比较。</#if><#break>
</#switch>
