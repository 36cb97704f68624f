<#--
  WZ011 标准预算表齐全. Args: format (the standard set's name), count (how many tables it has), leftToListCheck (absent
  tables the filing's own list names, left to WZ010; PASS, older reports), reportedBy (NOT_APPLICABLE of one
  absent table the filing's own list names: the rule that reports it), missing, reason.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><#if reportedBy?has_content>按${format!"标准表格"}，应公开“${subject}”，文件自身的目录或附表清单列出了该表，但文件中未见；该问题由${reportedBy}报告，本规则不重复报告。<#else><@c.notApplicable/></#if><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><#if leftToListCheck?has_content>${format!"标准表格"}中，除${leftToListCheck}（文件自身清单已列出而未见，见WZ010）外，其余各表均已公开。<#else>${format!"标准表格"}均已公开。</#if><#break>
<#case "ROUNDING">${format!"标准表格"}均已公开。<#break>
<#default>按${format!"标准表格"}，应公开“${subject}”，但文件中未见该表，文件自身的目录或附表清单也未列出。<#break>
</#switch>
