<#--
  WZ010 目录或附表清单所列内容齐全. Args: list (目录 / 附表 / 附件), title (the listed title, or the count on PASS),
  missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${list!"清单"}所列${title!"各项"}均已公开。<#break>
<#case "ROUNDING">${list!"清单"}所列各项均已公开。<#break>
<#default>${list!"清单"}列有“${subject}”，但文件中未见该内容。<#break>
</#switch>
